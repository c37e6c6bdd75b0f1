"""Cached pages compressed once around their CSRF slots and completed per request."""

import gzip
import zlib

from hypothesis import given
from hypothesis import strategies as st

from timeline import pagegzip

SLOT = b"<!--csrf-field-->"
pieces = st.lists(st.binary(max_size=3000) | st.text(max_size=2000).map(str.encode), max_size=5)


@given(
    parts=pieces.filter(lambda parts: all(SLOT not in part for part in parts)), field=st.binary()
)
def test_the_spliced_stream_is_the_page_with_the_field_in_every_slot(parts, field):
    content = SLOT.join(parts)
    body = pagegzip.gzip_with(pagegzip.compress_around(content, SLOT), field)
    # gzip.decompress checks the trailer's CRC-32 and length too.
    assert gzip.decompress(body) == content.replace(SLOT, field)


def test_a_large_page_decompresses_in_one_member_with_zlib_itself():
    content = b"<li>" + b"event and its claims " * 40_000 + SLOT + b"</li>" * 5_000 + SLOT + b"!"
    compressed = pagegzip.compress_around(content, SLOT)
    body = pagegzip.gzip_with(compressed, b'<input value="token">')
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    assert inflater.decompress(body) == content.replace(SLOT, b'<input value="token">')
    # One member: nothing left over for a second one.
    assert inflater.eof and inflater.unused_data == b""
    assert len(body) < len(content) / 50


def test_the_field_is_compressed_apart_so_its_bytes_do_not_depend_on_the_page():
    field = b'<input type="hidden" name="csrfmiddlewaretoken" value="secret">'
    compressed_field = pagegzip._deflate(field, last=False)
    for page in (b'value="secret"' * 10 + SLOT + b"tail", b"unrelated" + SLOT + b"tail"):
        body = pagegzip.gzip_with(pagegzip.compress_around(page, SLOT), field)
        assert compressed_field in body


def test_the_header_length_varies_between_responses():
    compressed = pagegzip.compress_around(b"page" * 100 + SLOT, SLOT)
    lengths = {len(pagegzip.gzip_with(compressed, b"field")) for _ in range(40)}
    assert len(lengths) > 5
