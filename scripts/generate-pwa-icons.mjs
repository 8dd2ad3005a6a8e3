// Draws the app's monogram icons (a gold calligraphic "S" in a hairline ring on ink) as PNG files, with Node's
// zlib only: `node scripts/generate-pwa-icons.mjs`. The output is committed in apps/web/public/icons/.
import { writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

const INK = [0x1c, 0x1b, 0x19];
const GOLD = [0xa8, 0x86, 0x4f];
const OUT = new URL('../apps/web/public/icons/', import.meta.url);
const SUPERSAMPLE = 4;

/** The centre line of the S, cubic Bézier segments in a [-1, 1] box (y down), point-symmetric about the centre. */
const S_PATH = [
  [[0.78, -0.62], [0.65, -0.92], [0.35, -1.0], [0.0, -1.0]],
  [[0.0, -1.0], [-0.42, -1.0], [-0.72, -0.8], [-0.72, -0.52]],
  [[-0.72, -0.52], [-0.72, -0.22], [-0.35, -0.1], [0.0, 0.0]],
  [[0.0, 0.0], [0.35, 0.1], [0.72, 0.22], [0.72, 0.52]],
  [[0.72, 0.52], [0.72, 0.8], [0.42, 1.0], [0.0, 1.0]],
  [[0.0, 1.0], [-0.35, 1.0], [-0.65, 0.92], [-0.78, 0.62]],
];

function bezier([p0, p1, p2, p3], t) {
  const u = 1 - t;
  const [a, b, c, d] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
  return [a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]];
}

/** Coverage (0..1) of each pixel: the S drawn with a broad nib held at 30°, and a hairline ring. */
function drawMonogram(size, { scale, ring }) {
  const hi = size * SUPERSAMPLE;
  const mask = new Uint8Array(hi * hi);
  const centre = hi / 2;
  const [halfWidth, halfHeight] = [0.2 * scale * hi, 0.27 * scale * hi];
  const [nibLong, nibShort, nibAngle] = [0.048 * scale * hi, 0.011 * scale * hi, (-30 * Math.PI) / 180];
  const [cos, sin] = [Math.cos(nibAngle), Math.sin(nibAngle)];
  const reach = Math.ceil(nibLong);
  for (const segment of S_PATH) {
    for (let step = 0; step <= 1500; step += 1) {
      const [x, y] = bezier(segment, step / 1500);
      const [cx, cy] = [centre + x * halfWidth, centre + y * halfHeight];
      for (let py = Math.floor(cy - reach); py <= cy + reach; py += 1) {
        for (let px = Math.floor(cx - reach); px <= cx + reach; px += 1) {
          const [dx, dy] = [px + 0.5 - cx, py + 0.5 - cy];
          const along = dx * cos + dy * sin;
          const across = -dx * sin + dy * cos;
          if ((along / nibLong) ** 2 + (across / nibShort) ** 2 <= 1) mask[py * hi + px] = 1;
        }
      }
    }
  }
  const [ringRadius, ringHalf] = [ring * hi, Math.max(0.004 * hi, SUPERSAMPLE * 0.6)];
  for (let py = 0; py < hi; py += 1) {
    for (let px = 0; px < hi; px += 1) {
      if (Math.abs(Math.hypot(px + 0.5 - centre, py + 0.5 - centre) - ringRadius) <= ringHalf) mask[py * hi + px] = 1;
    }
  }
  const coverage = new Float32Array(size * size);
  for (let i = 0; i < hi * hi; i += 1) {
    if (mask[i]) coverage[Math.floor(Math.floor(i / hi) / SUPERSAMPLE) * size + Math.floor((i % hi) / SUPERSAMPLE)] += 1;
  }
  return coverage.map((value) => value / SUPERSAMPLE ** 2);
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGB PNG: signature, IHDR, one IDAT of unfiltered scanlines, IEND. */
function png(size, coverage) {
  const raw = Buffer.alloc(size * (size * 3 + 1));
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 3 + 1)] = 0;
    for (let x = 0; x < size; x += 1) {
      const alpha = coverage[y * size + x];
      for (let channel = 0; channel < 3; channel += 1) {
        raw[y * (size * 3 + 1) + 1 + x * 3 + channel] = Math.round(INK[channel] + (GOLD[channel] - INK[channel]) * alpha);
      }
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

// Full-bleed ink everywhere; the maskable icon keeps the monogram inside the 80 % safe circle.
const icons = [
  ['icon-192.png', 192, { scale: 1, ring: 0.4 }],
  ['icon-512.png', 512, { scale: 1, ring: 0.4 }],
  ['icon-maskable-512.png', 512, { scale: 0.78, ring: 0.31 }],
  ['apple-touch-icon-180.png', 180, { scale: 0.9, ring: 0.36 }],
  ['favicon-32.png', 32, { scale: 1.15, ring: 0.46 }],
];
for (const [name, size, design] of icons) {
  writeFileSync(new URL(name, OUT), png(size, drawMonogram(size, design)));
  console.log(`apps/web/public/icons/${name} ${size}×${size}`);
}
