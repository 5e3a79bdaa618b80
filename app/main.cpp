#include "DesktopApp.h"

int main(int argc, char *argv[])
{
    return tandem::runDesktopApp(argc, argv);
}
