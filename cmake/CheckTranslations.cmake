# SPDX-FileCopyrightText: 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a committed .ts file is not complete for the current sources.
#
# Runs lupdate over the sources of the app (the same project description as update_translations) into
# scratch copies of the committed .ts files, keeping obsolete messages, and then reads the copies:
# a message that is unfinished, has an empty translation or plural form, or has vanished from the
# sources is named with its context and source text.
#
# PLURALS_TS_FILE, when given, is the source language's catalogue of plural forms only: just its plural
# messages are checked.
#
#   cmake -DLUPDATE=... -DPROJECT_JSON=... -DTS_FILES="a.ts;b.ts" [-DPLURALS_TS_FILE=en.ts] -DWORK_DIR=...
#         -DSTAMP=... -P CheckTranslations.cmake

foreach(variable LUPDATE PROJECT_JSON TS_FILES WORK_DIR STAMP)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "CheckTranslations.cmake needs -D${variable}=...")
    endif()
endforeach()

file(REMOVE "${STAMP}")
file(MAKE_DIRECTORY "${WORK_DIR}")

set(copies "")
set(plurals_name "")
if(PLURALS_TS_FILE)
    get_filename_component(plurals_name "${PLURALS_TS_FILE}" NAME)
endif()
foreach(ts_file IN LISTS TS_FILES PLURALS_TS_FILE)
    get_filename_component(name "${ts_file}" NAME)
    file(COPY_FILE "${ts_file}" "${WORK_DIR}/${name}")
    list(APPEND copies "${WORK_DIR}/${name}")
endforeach()

execute_process(
    COMMAND "${LUPDATE}" -project "${PROJECT_JSON}" -locations none -silent -ts ${copies}
    RESULT_VARIABLE lupdate_result
    OUTPUT_VARIABLE lupdate_output
    ERROR_VARIABLE lupdate_output)
if(NOT lupdate_result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${lupdate_result}):\n${lupdate_output}")
endif()

function(decode_xml out text)
    string(REPLACE "&lt;" "<" text "${text}")
    string(REPLACE "&gt;" ">" text "${text}")
    string(REPLACE "&quot;" "\"" text "${text}")
    string(REPLACE "&apos;" "'" text "${text}")
    string(REPLACE "&amp;" "&" text "${text}")
    string(REPLACE "\n" "\\n" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

set(problems "")
set(problem_count 0)
foreach(copy IN LISTS copies)
    get_filename_component(name "${copy}" NAME)
    file(READ "${copy}" content)
    # Split into messages without letting CMake's list syntax see the text: ';' and brackets are masked.
    string(REPLACE ";" "<semicolon/>" content "${content}")
    string(REPLACE "[" "<bracket-open/>" content "${content}")
    string(REPLACE "]" "<bracket-close/>" content "${content}")
    string(REPLACE "<context>" ";<context>" content "${content}")
    foreach(context_block IN LISTS content)
        if(NOT context_block MATCHES "^<context>")
            continue()
        endif()
        string(REGEX MATCH "<name>([^<]*)</name>" _ "${context_block}")
        set(context "${CMAKE_MATCH_1}")
        string(REPLACE "<message" ";<message" messages "${context_block}")
        foreach(message IN LISTS messages)
            if(NOT message MATCHES "^<message")
                continue()
            endif()
            if(name STREQUAL plurals_name AND NOT message MATCHES "^<message numerus=\"yes\"")
                continue()
            endif()
            string(REGEX MATCH "<source>([^<]*)</source>" _ "${message}")
            set(source "${CMAKE_MATCH_1}")
            set(reason "")
            if(message MATCHES "<translation[^>]*type=\"(vanished|obsolete)\"")
                set(reason "no longer in the sources")
            elseif(message MATCHES "<translation[^>]*type=\"unfinished\"")
                set(reason "unfinished")
            elseif(message MATCHES "<translation */>|<translation></translation>|<numerusform></numerusform>|<numerusform */>")
                set(reason "empty translation")
            endif()
            if(reason)
                decode_xml(source "${source}")
                decode_xml(context "${context}")
                string(APPEND problems "  ${name}: ${reason}: ${context}: \"${source}\"\n")
                math(EXPR problem_count "${problem_count} + 1")
            endif()
        endforeach()
    endforeach()
endforeach()

if(problem_count GREATER 0)
    string(REPLACE "<semicolon/>" ";" problems "${problems}")
    string(REPLACE "<bracket-open/>" "[" problems "${problems}")
    string(REPLACE "<bracket-close/>" "]" problems "${problems}")
    message(FATAL_ERROR
        "${problem_count} translation problem(s):\n${problems}"
        "Run the update_translations target (it adds new strings and drops vanished ones), then translate "
        "what is unfinished in translations/*.ts. While still adding strings, configure with "
        "-DTANDEM_STRICT_TRANSLATIONS=OFF.")
endif()
file(TOUCH "${STAMP}")
