#!/usr/bin/env python3
"""Synthesises the soft end-of-slot chime bundled with the app (no third-party sound files).

Two sine partials (E5 and B5) with a gentle attack and an exponential decay, 0.9 s, 22.05 kHz,
16-bit mono, peak at about a quarter of full scale so it informs without startling a room.
"""
import math
import struct
import wave

RATE = 22050
SECONDS = 0.9
OUT = "src/main/resources/se/samtalsledaren/ui/floor/chime.wav"

frames = bytearray()
for i in range(int(RATE * SECONDS)):
    t = i / RATE
    attack = min(1.0, t / 0.015)
    decay = math.exp(-t * 4.5)
    v = 0.6 * math.sin(2 * math.pi * 659.25 * t) + 0.4 * math.sin(2 * math.pi * 987.77 * t) * math.exp(-t * 3)
    frames += struct.pack("<h", int(32767 * 0.25 * attack * decay * v))
with wave.open(OUT, "wb") as w:
    w.setnchannels(1)
    w.setsampwidth(2)
    w.setframerate(RATE)
    w.writeframes(bytes(frames))
print(OUT, len(frames), "bytes of samples")
