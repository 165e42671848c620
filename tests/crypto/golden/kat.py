#!/usr/bin/env python3
"""Known answers for tests/crypto/test_vault_format.c, computed without
libsodium: XChaCha20-Poly1305 from HChaCha20 (written out below) and the
IETF ChaCha20-Poly1305 of python3-cryptography; crypto_kdf as keyed BLAKE2b
with salt = subkey id and personal = context (hashlib); the recovery key as
Crockford base32 with the mod-37 check symbol. Run it to print the values."""
import hashlib
import struct

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


def rotl(v, c):
    return ((v << c) & 0xFFFFFFFF) | (v >> (32 - c))


def quarter(s, a, b, c, d):
    s[a] = (s[a] + s[b]) & 0xFFFFFFFF; s[d] = rotl(s[d] ^ s[a], 16)
    s[c] = (s[c] + s[d]) & 0xFFFFFFFF; s[b] = rotl(s[b] ^ s[c], 12)
    s[a] = (s[a] + s[b]) & 0xFFFFFFFF; s[d] = rotl(s[d] ^ s[a], 8)
    s[c] = (s[c] + s[d]) & 0xFFFFFFFF; s[b] = rotl(s[b] ^ s[c], 7)


def hchacha20(key, nonce16):
    s = list(struct.unpack('<4I', b'expand 32-byte k')) + list(struct.unpack('<8I', key)) + \
        list(struct.unpack('<4I', nonce16))
    for _ in range(10):
        quarter(s, 0, 4, 8, 12); quarter(s, 1, 5, 9, 13)
        quarter(s, 2, 6, 10, 14); quarter(s, 3, 7, 11, 15)
        quarter(s, 0, 5, 10, 15); quarter(s, 1, 6, 11, 12)
        quarter(s, 2, 7, 8, 13); quarter(s, 3, 4, 9, 14)
    return struct.pack('<8I', *(s[0:4] + s[12:16]))


def xchacha20poly1305(key, nonce24, msg, ad):
    sub = hchacha20(key, nonce24[:16])
    return ChaCha20Poly1305(sub).encrypt(b'\0' * 4 + nonce24[16:], msg, ad)


def kdf(key, subkey_id, ctx):
    return hashlib.blake2b(b'', digest_size=32, key=key, salt=struct.pack('<Q', subkey_id) + b'\0' * 8,
                           person=ctx + b'\0' * 8).digest()


def crockford(key):
    alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ*~$=U'
    n = int.from_bytes(key, 'big')
    bits = n << 4  # 260 bits
    digits = [alphabet[(bits >> (5 * (51 - i))) & 31] for i in range(52)]
    groups = [''.join(digits[i:i + 4]) for i in range(0, 52, 4)]
    return '-'.join(groups) + '-' + alphabet[n % 37]


kek = bytes(range(0x00, 0x20))
mk = bytes(range(0x20, 0x40))
nonce = bytes(range(0x40, 0x58))
file_id = bytes(range(0x60, 0x70))
salt = bytes(range(0x80, 0x90))
header = b'WISEMIND' + struct.pack('<HH', 1, 32 + 104 + 24) + file_id
slot = bytes([1, 2, 0, 0]) + struct.pack('<IQ', 3, 256 * 1024 * 1024) + salt + nonce
ad = b'wisemind-slot-v1' + header + slot
print('wrapped ', xchacha20poly1305(kek, nonce, mk, ad).hex())
print('payload ', kdf(mk, 1, b'WMpayld1').hex())
print('fresh   ', kdf(mk, 2, b'WMfresh1').hex())
print('recovKEK', kdf(kek, 1, b'WMrecov1').hex())
print('recovery', crockford(kek))


# The payload of STORAGE.md §4.2, encoded from scratch: secretstream
# xchacha20poly1305 (libsodium's construction) over message 0 and the
# 64 KiB chunks, with the stream header drawn from test_golden.c's
# deterministic randombytes (byte i of the stream is (i * 29 + 7) & 0xff).
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms
from cryptography.hazmat.primitives.poly1305 import Poly1305


def chacha20_ietf(key, nonce12, counter, data):
    c = Cipher(algorithms.ChaCha20(key, struct.pack('<I', counter) + nonce12), mode=None)
    return c.encryptor().update(data)


class Push:
    def __init__(self, key, header24):
        self.k = hchacha20(key, header24[:16])
        self.nonce = bytearray(struct.pack('<I', 1) + header24[16:])

    def push(self, m, ad, tag):
        n = bytes(self.nonce)
        poly = Poly1305(chacha20_ietf(self.k, n, 0, bytes(64))[:32])
        poly.update(ad + bytes((0x10 - len(ad)) & 0xf))
        block = chacha20_ietf(self.k, n, 1, bytes([tag]) + bytes(63))
        poly.update(block)
        c = chacha20_ietf(self.k, n, 2, m)
        poly.update(c + bytes((0x10 - 64 + len(m)) & 0xf))
        poly.update(struct.pack('<QQ', len(ad), 64 + len(m)))
        mac = poly.finalize()
        for i in range(8):
            self.nonce[4 + i] ^= mac[i]
        ctr = (struct.unpack('<I', bytes(self.nonce[:4]))[0] + 1) & 0xFFFFFFFF
        self.nonce[:4] = struct.pack('<I', ctr)
        assert ctr != 0 and (tag == 3 or not tag & 2)  # rekey only at FINAL, when nothing follows
        return block[:1] + c + mac


def det_random(n, start=0):
    return bytes(((start + i) * 29 + 7) & 0xFF for i in range(n))


def payload_kat():
    pk = bytes(range(0x00, 0x20))
    stream_header = det_random(24)
    hdr = b'WISEMIND' + struct.pack('<HH', 1, 160) + file_id + bytes([1, 0, 0, 0]) + \
        bytes([1, 2, 0, 0]) + struct.pack('<IQ', 3, 256 * 1024 * 1024) + salt + nonce + bytes(48) + \
        stream_header
    image = bytearray((i * 131 + 17) & 0xFF for i in range(4096))
    image[:18] = b'SQLite format 3\0\x10\x00'
    bucket = 1 << 20
    padded = -(-(48 + len(image)) // bucket) * bucket - 48
    inner = struct.pack('<IIQQQQ', 1, 0, 7, 1767225600, len(image), padded) + bytes(8)
    plain = bytes(image) + bytes(padded - len(image))
    s = Push(pk, stream_header)
    out = hdr + s.push(inner, hdr, 0)
    chunks = [plain[i:i + 65536] for i in range(0, padded, 65536)]
    for i, ch in enumerate(chunks):
        out += s.push(ch, b'', 3 if i == len(chunks) - 1 else 0)
    return out


payload = payload_kat()
print('payload file', len(payload), hashlib.blake2b(payload, digest_size=32).hexdigest())
