#include <catch2/catch_session.hpp>

#include <QApplication>
#include <QStandardPaths>

// Tests run with an offscreen QApplication and Qt's test locations, never the user's real data.
int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tandem-tests"));
    return Catch::Session().run(argc, argv);
}
