import { inflateSync } from 'node:zlib';

export interface DecodedPng {
  width: number;
  height: number;
  /** Bytes per pixel: 3 for RGB, 4 for RGBA. */
  channels: number;
  /** Unfiltered pixel rows, `width * channels` bytes each. */
  pixels: Buffer;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

/**
 * Decodes an 8-bit, non-interlaced RGB or RGBA PNG, the kind Chromium writes for screenshots.
 * Throws on any other kind rather than guessing.
 */
export function decodePng(data: Buffer): DecodedPng {
  if (!data.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file');
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const compressed: Buffer[] = [];

  while (offset < data.length) {
    const length = data.readUInt32BE(offset);
    const type = data.toString('latin1', offset + 4, offset + 8);
    const body = data.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [bitDepth, colourType, , , interlace] = body.subarray(8, 13);
      if (bitDepth !== 8 || interlace !== 0 || (colourType !== 2 && colourType !== 6)) {
        throw new Error(`unsupported PNG: bit depth ${bitDepth}, colour type ${colourType}, interlace ${interlace}`);
      }
      channels = colourType === 2 ? 3 : 4;
    } else if (type === 'IDAT') {
      compressed.push(body);
    } else if (type === 'IEND') {
      break;
    }
    offset += 12 + length;
  }

  const raw = inflateSync(Buffer.concat(compressed));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let row = 0; row < height; row++) {
    const filter = raw[row * (stride + 1)];
    const source = raw.subarray(row * (stride + 1) + 1, (row + 1) * (stride + 1));
    const target = row * stride;
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? pixels[target + i - channels] : 0;
      const up = row > 0 ? pixels[target - stride + i] : 0;
      const upLeft = row > 0 && i >= channels ? pixels[target - stride + i - channels] : 0;
      let predictor: number;
      if (filter === 0) predictor = 0;
      else if (filter === 1) predictor = left;
      else if (filter === 2) predictor = up;
      else if (filter === 3) predictor = (left + up) >> 1;
      else if (filter === 4) predictor = paeth(left, up, upLeft);
      else throw new Error(`unknown PNG filter ${filter} on row ${row}`);
      pixels[target + i] = (source[i] + predictor) & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

function matcher(png: DecodedPng, hex: string, tolerance: number): (offset: number) => boolean {
  const [red, green, blue] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
  const { pixels } = png;
  return (offset) =>
    Math.abs(pixels[offset] - red) <= tolerance && Math.abs(pixels[offset + 1] - green) <= tolerance && Math.abs(pixels[offset + 2] - blue) <= tolerance;
}

/** Counts the pixels within `tolerance` of a `#rrggbb` colour on every channel. */
export function countColour(png: DecodedPng, hex: string, tolerance = 2): number {
  const matches = matcher(png, hex, tolerance);
  let count = 0;
  for (let offset = 0; offset < png.pixels.length; offset += png.channels) if (matches(offset)) count += 1;
  return count;
}

/**
 * Returns the longest horizontal run of pixels of a colour. A filled badge gives a run as wide as
 * the badge, while a thin border or a line of text gives only short runs.
 */
export function longestRun(png: DecodedPng, hex: string, tolerance = 2): number {
  const matches = matcher(png, hex, tolerance);
  let longest = 0;
  for (let row = 0; row < png.height; row++) {
    let run = 0;
    for (let column = 0; column < png.width; column++) {
      run = matches((row * png.width + column) * png.channels) ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
  }
  return longest;
}

/** Counts the distinct RGB colours of an image. */
export function distinctColours(png: DecodedPng): number {
  const seen = new Set<number>();
  for (let i = 0; i < png.pixels.length; i += png.channels) seen.add((png.pixels[i] << 16) | (png.pixels[i + 1] << 8) | png.pixels[i + 2]);
  return seen.size;
}
