"""Cached pages sent gzipped, compressed once, with each visitor's CSRF field spliced in.

A cached page is the same bytes for every visitor except its CSRF field. Compressing the whole
page on every request would cost more than serving it from the cache (4 ms for the 387 KiB of a
timeline page of 100 events, against 2 ms for the rest of the request). So the page's pieces
around the field are compressed once, each by a fresh compressor ending in a full flush: a full
flush ends on a byte boundary without marking the last block, and a fresh compressor never
refers back past its own start. Deflate blocks produced that way can be laid end to end, with
the field compressed on its own per request in between, into one valid gzip member (RFC 1951,
RFC 1952); only the trailer's CRC-32 and length are computed per request.

The field is never compressed together with anything else, so its bytes cannot be guessed from
the compressed length however the rest of the page varies (BREACH); a header of random length,
as Django's own gzip adds, also varies the length of every response.
"""

import secrets
import struct
import zlib
from typing import NamedTuple

LEVEL = 6
# Up to this many random bytes in the header's file name field, as django.utils.text does.
MAX_RANDOM_BYTES = 100
_OS_UNKNOWN = 255


class Compressed(NamedTuple):
    """A page compressed around its slots: len(pieces) == slots + 1."""

    pieces: tuple[bytes, ...]
    # The CRC-32 of each uncompressed piece, the factor that moves a CRC past it, and the
    # pieces' total length: the trailer is built from these without the page.
    crcs: tuple[int, ...]
    shifts: tuple[int, ...]
    length: int


def _deflate(data: bytes, *, last: bool) -> bytes:
    compressor = zlib.compressobj(LEVEL, zlib.DEFLATED, -zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush(
        zlib.Z_FINISH if last else zlib.Z_FULL_FLUSH
    )


def compress_around(content: bytes, slot: bytes) -> Compressed:
    """Compress `content` piece by piece around each occurrence of `slot`."""
    parts = content.split(slot)
    return Compressed(
        pieces=tuple(
            _deflate(part, last=index == len(parts) - 1) for index, part in enumerate(parts)
        ),
        crcs=tuple(zlib.crc32(part) for part in parts),
        shifts=tuple(_x_to_the_8n(len(part)) for part in parts),
        length=sum(len(part) for part in parts),
    )


def gzip_with(compressed: Compressed, field: bytes) -> bytes:
    """One gzip member: the page with `field` in every slot."""
    # FLG.FNAME with a random-length name; MTIME 0; XFL 0; OS unknown.
    header = b"\x1f\x8b\x08\x08\x00\x00\x00\x00\x00" + bytes([_OS_UNKNOWN])
    name = b"a" * secrets.randbelow(MAX_RANDOM_BYTES) + b"\x00"
    slots = len(compressed.pieces) - 1
    filled = _deflate(field, last=False) if slots else b""
    crc = 0
    body = []
    for index, piece in enumerate(compressed.pieces):
        if index:
            body.append(filled)
            crc = zlib.crc32(field, crc)
        body.append(piece)
        crc = _multiply(compressed.shifts[index], crc) ^ compressed.crcs[index]
    length = compressed.length + slots * len(field)
    trailer = struct.pack("<II", crc, length & 0xFFFFFFFF)
    return b"".join((header, name, *body, trailer))


# CRC-32 of a concatenation from the CRCs of its parts, as zlib's crc32_combine (which Python does
# not expose): crc(A + B) = crc(A) * x^(8 len(B)) + crc(B) in GF(2) modulo the CRC polynomial,
# in zlib's reflected bit order (x^0 is the top bit). The power is found by repeated squaring.
_POLY = 0xEDB88320


def _multiply(a: int, b: int) -> int:
    # a's bits from x^0 (the top bit) down, b multiplied by x at each step.
    product = 0
    bit = 1 << 31
    while bit:
        if a & bit:
            product ^= b
        b = (b >> 1) ^ _POLY if b & 1 else b >> 1
        bit >>= 1
    return product


def _x_to_the_8n(n: int) -> int:
    # x^(8n) in the reflected representation, starting from x^8 and squaring.
    result, power = 1 << 31, 1 << 23  # x^0, x^8
    while n:
        if n & 1:
            result = _multiply(result, power)
        power = _multiply(power, power)
        n >>= 1
    return result
