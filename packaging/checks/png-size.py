# SPDX-FileCopyrightText: 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails unless FILE is a PNG of at least MIN_WIDTH x MIN_HEIGHT pixels that is not one flat colour."""
import struct
import sys
import zlib

path, min_width, min_height = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
with open(path, "rb") as f:
    data = f.read()
if data[:8] != b"\x89PNG\r\n\x1a\n":
    sys.exit(f"{path} is not a PNG")
width, height = struct.unpack(">II", data[16:24])
if width < min_width or height < min_height:
    sys.exit(f"{path} is {width}x{height}, smaller than {min_width}x{min_height}")
# A window that drew nothing is nearly one colour: its pixel bytes take only a few values.
idat, pos = b"", 8
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    if kind == b"IDAT":
        idat += data[pos + 8:pos + 8 + length]
    pos += 12 + length
pixels = zlib.decompress(idat)
if len(set(pixels[: len(pixels) // 2])) < 16:
    sys.exit(f"{path} looks empty (almost one colour)")
print(f"{path}: PNG {width}x{height}")
