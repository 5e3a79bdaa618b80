# SPDX-FileCopyrightText: 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later
# ctest packaging_assets: the icon PNGs exist in every size with the right dimensions, every
# screenshot the metainfo names is in packaging/screenshots, and the metainfo's newest release is
# the project version.
# cmake -DSOURCE_DIR=packaging -DAPP_ID=... -DICON_SIZES=16;22;... -DVERSION=x.y.z -P CheckAssets.cmake
set(failures "")

# Width and height from a PNG's IHDR chunk, or "" when the file is not a PNG.
function(png_size file out_width out_height)
    file(READ "${file}" header LIMIT 24 HEX)
    if(NOT header MATCHES "^89504e470d0a1a0a........49484452")
        set(${out_width} "" PARENT_SCOPE)
        return()
    endif()
    string(SUBSTRING "${header}" 32 8 width_hex)
    string(SUBSTRING "${header}" 40 8 height_hex)
    math(EXPR width "0x${width_hex}")
    math(EXPR height "0x${height_hex}")
    set(${out_width} ${width} PARENT_SCOPE)
    set(${out_height} ${height} PARENT_SCOPE)
endfunction()

foreach(size IN LISTS ICON_SIZES)
    set(icon "${SOURCE_DIR}/icons/${size}x${size}/${APP_ID}.png")
    if(NOT EXISTS "${icon}")
        list(APPEND failures "missing ${icon} (run packaging/icons/render.sh)")
        continue()
    endif()
    png_size("${icon}" width height)
    if(NOT width STREQUAL "${size}" OR NOT height STREQUAL "${size}")
        list(APPEND failures "${icon} is not a ${size}x${size} PNG (run packaging/icons/render.sh)")
    endif()
endforeach()

file(READ "${SOURCE_DIR}/${APP_ID}.metainfo.xml" metainfo)
string(REGEX MATCHALL "packaging/screenshots/[^<]+\\.png" screenshots "${metainfo}")
if(screenshots STREQUAL "")
    list(APPEND failures "the metainfo names no screenshot under packaging/screenshots")
endif()
foreach(screenshot IN LISTS screenshots)
    string(REPLACE "packaging/" "${SOURCE_DIR}/" file "${screenshot}")
    png_size("${file}" width height)
    if(NOT EXISTS "${file}" OR width STREQUAL "")
        list(APPEND failures "the metainfo names ${screenshot}, which is not a PNG in the checkout (run packaging/screenshots/take.sh)")
    endif()
endforeach()

string(REGEX MATCH "<release version=\"([^\"]+)\"" newest "${metainfo}")
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    list(APPEND failures "the metainfo's newest release is \"${CMAKE_MATCH_1}\", the project version is ${VERSION}")
endif()

if(failures)
    list(JOIN failures "\n  " message)
    message(FATAL_ERROR "packaging assets:\n  ${message}")
endif()
list(LENGTH ICON_SIZES icon_count)
list(LENGTH screenshots screenshot_count)
message(STATUS "${icon_count} icon sizes, ${screenshot_count} screenshots, release ${VERSION}: all in place")
