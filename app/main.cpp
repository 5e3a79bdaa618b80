// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DesktopApp.h"

int main(int argc, char *argv[])
{
    return tandem::runDesktopApp(argc, argv);
}
