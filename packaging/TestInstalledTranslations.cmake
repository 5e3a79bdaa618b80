# SPDX-FileCopyrightText: 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later
# ctest packaging_installed_translations: the app prefers a catalogue installed under
# share/tandem/translations to the one compiled into it. Puts a German catalogue with one marked
# message into a data folder and checks that `tandem --help` shows the mark.
# cmake -DTANDEM=... -DLRELEASE=... -DWORK_DIR=... -P TestInstalledTranslations.cmake
set(mark "Aus dem installierten Katalog")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/share/tandem/translations" "${WORK_DIR}/home")
file(WRITE "${WORK_DIR}/tandem_de.ts" "<?xml version=\"1.0\" encoding=\"utf-8\"?>
<!DOCTYPE TS>
<TS version=\"2.1\" language=\"de_DE\">
<context>
    <name>tandem::DesktopApp</name>
    <message>
        <source>Desktop workstation for customer service and support.</source>
        <translation>${mark}</translation>
    </message>
</context>
</TS>
")
execute_process(COMMAND "${LRELEASE}" -silent "${WORK_DIR}/tandem_de.ts"
    -qm "${WORK_DIR}/share/tandem/translations/tandem_de.qm" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lrelease failed: ${status}")
endif()

function(help_text data_dirs out_var)
    execute_process(COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen LANGUAGE=de LC_ALL=de_DE.UTF-8
            LANG=de_DE.UTF-8 HOME=${WORK_DIR}/home XDG_DATA_HOME=${WORK_DIR}/home/.local/share
            XDG_DATA_DIRS=${data_dirs} "${TANDEM}" --help
        OUTPUT_VARIABLE output ERROR_VARIABLE output RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "tandem --help failed (${status}): ${output}")
    endif()
    set(${out_var} "${output}" PARENT_SCOPE)
endfunction()

help_text("${WORK_DIR}/share" installed)
if(NOT installed MATCHES "${mark}")
    message(FATAL_ERROR "tandem did not use the installed catalogue; its help says:\n${installed}")
endif()
# Without it, the compiled-in German catalogue is used.
help_text("${WORK_DIR}/nothing" compiled_in)
if(compiled_in MATCHES "${mark}" OR NOT compiled_in MATCHES "Kundenservice|Support")
    message(FATAL_ERROR "without an installed catalogue tandem should use its own German one; its help says:\n${compiled_in}")
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
message(STATUS "tandem prefers the installed catalogue and falls back to the compiled-in one")
