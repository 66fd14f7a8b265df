//! Voxelization kernels: one scatter pass of integer atomics per mode, then,
//! for max and mean, a finishing pass over the grid.
//!
//! Every reduction is an integer atomic, so results do not depend on the
//! order in which units run:
//! - count: `fetch_add` per point; occupancy: `fetch_or` of the voxel's byte;
//! - max: `fetch_max` of a key whose unsigned order is the f32 total order;
//! - mean: a first pass takes each voxel's count and largest |feature|, which
//!   fixes a per-voxel power-of-two scale; a second pass adds every feature,
//!   scaled and rounded to a 64-bit integer (two u32 atomics with an explicit
//!   carry), so the sums are exact integers and bit-identical on every run.
//!   The mean is then `sum / count` rescaled: each term carries at most
//!   2^-31 of the voxel's largest |feature| in rounding error.

use cubecl::prelude::*;

use crate::codec::{from_ordered_key, linear_cube, ordered_key, pow2_wide};

/// Units per cube in the point passes; a power of two for the tree reduction.
pub const POINT_UNITS: u32 = 1 << POINT_UNITS_LOG2;
const POINT_UNITS_LOG2: u32 = 8;
/// Points each unit looks at per pass.
pub const POINTS_PER_UNIT: u32 = 8;

// `voxel_of`'s answers for dropped points (grids hold at most
// `robocache_core::MAX_INDEX` voxels, so no voxel index reaches them): 0xFFFF_FFFF
// for a point outside the grid, 0xFFFF_FFFE for a NaN or infinite coordinate.

/// What a scatter pass does with each kept point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ScatterKind {
    /// `out[v] += 1`.
    Count,
    /// Set byte `v` of `out` to 1.
    Occupancy,
    /// `out[v, f] = max(out[v, f], key(feature f))`.
    Max,
    /// `aux[v] += 1`, `out[v, f] = max(out[v, f], |feature f|)`: the mean's
    /// first pass.
    MeanScale,
    /// Adds each scaled feature to the 64-bit sums in `aux`: the mean's second pass.
    MeanSum,
}

/// Compile-time description of a scatter pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ScatterConfig {
    /// The work per kept point.
    pub kind: ScatterKind,
    /// Whether per-cloud lengths are given.
    pub ragged: bool,
    /// Whether this pass counts kept and dropped points into `stats`.
    pub stats: bool,
}

/// The grid, as kernel scalars.
#[derive(CubeLaunch, CubeType, Clone, Copy)]
pub struct GridArgs {
    /// Grid origin.
    pub origin_x: f32,
    /// Grid origin.
    pub origin_y: f32,
    /// Grid origin.
    pub origin_z: f32,
    /// `1 / voxel_size`, rounded once on the host.
    pub inv_x: f32,
    /// `1 / voxel_size`.
    pub inv_y: f32,
    /// `1 / voxel_size`.
    pub inv_z: f32,
    /// The smallest f32 >= dims, for the range test.
    pub limit_x: f32,
    /// The smallest f32 >= dims.
    pub limit_y: f32,
    /// The smallest f32 >= dims.
    pub limit_z: f32,
    /// Voxels along y.
    pub dim_y: u32,
    /// Voxels along z.
    pub dim_z: u32,
    /// Voxels per cloud.
    pub voxels_per_cloud: u32,
    /// Point slots per cloud (`N` or `Nmax`).
    pub points_per_cloud: u32,
    /// Features per point (0 for count and occupancy).
    pub features: u32,
    /// Cubes that cover one cloud.
    pub cubes_per_cloud: u32,
    /// Clouds in the call.
    pub clouds: u32,
}

/// The voxel of point `slot`, or 0xFFFF_FFFF (outside) / 0xFFFF_FFFE (not finite). SPEC's
/// expression: `(p - origin) * inv` rounded per operation (a subtraction
/// then a product leave nothing to fuse), kept iff `0 <= c < dims`, where
/// truncation equals floor.
#[cube]
pub(crate) fn voxel_of(points: &Array<u32>, slot: usize, grid: &GridArgs) -> u32 {
    let px = f32::reinterpret(points[3 * slot]);
    let py = f32::reinterpret(points[3 * slot + 1]);
    let pz = f32::reinterpret(points[3 * slot + 2]);
    let cx = (px - grid.origin_x) * grid.inv_x;
    let cy = (py - grid.origin_y) * grid.inv_y;
    let cz = (pz - grid.origin_z) * grid.inv_z;
    let inside = cx >= 0.0f32
        && cx < grid.limit_x
        && cy >= 0.0f32
        && cy < grid.limit_y
        && cz >= 0.0f32
        && cz < grid.limit_z;
    let mut voxel = 0xFFFF_FFFFu32;
    if inside {
        voxel = (u32::cast_from(cx) * grid.dim_y + u32::cast_from(cy)) * grid.dim_z + u32::cast_from(cz);
    } else {
        let finite = !(f32::is_nan(px)
            || f32::is_inf(px)
            || f32::is_nan(py)
            || f32::is_inf(py)
            || f32::is_nan(pz)
            || f32::is_inf(pz));
        if !finite {
            voxel = 0xFFFF_FFFEu32;
        }
    }
    voxel
}

/// The per-voxel scale of the mean: `2^(30 - e)` for the largest |feature|
/// `2^e <= m < 2^(e+1)`, so every scaled feature is below 2^31 in magnitude.
#[cube]
fn mean_scale_exponent(max_abs_bits: u32) -> i32 {
    30i32 - (i32::cast_from((max_abs_bits >> 23) & 0xFFu32) - 127i32)
}

/// One pass over the points of every cloud. `stats` holds, per cloud, the
/// kept, out-of-grid and non-finite counts, then one word for the first point
/// slot with a non-finite feature, as `u32::MAX - slot` (so a zero-filled
/// buffer means "none" and the first slot is the largest value).
#[cube(launch_unchecked)]
#[allow(clippy::too_many_arguments)]
pub fn scatter_points(
    points: &Array<u32>,
    features: &Array<u32>,
    lengths: &Array<u32>,
    out: &mut Array<Atomic<u32>>,
    aux: &mut Array<Atomic<u32>>,
    stats: &mut Array<Atomic<u32>>,
    grid: GridArgs,
    #[comptime] config: ScatterConfig,
) {
    let cube = linear_cube();
    let cloud = cube / grid.cubes_per_cloud as usize;
    if cloud >= grid.clouds as usize {
        terminate!();
    }
    let mut count = grid.points_per_cloud;
    if comptime![config.ragged] {
        count = u32::min(lengths[cloud], grid.points_per_cloud);
    }
    let chunk = (cube % grid.cubes_per_cloud as usize) * (POINT_UNITS * POINTS_PER_UNIT) as usize;
    let width = grid.features as usize;
    let mut kept = 0u32;
    let mut out_of_grid = 0u32;
    let mut non_finite = 0u32;

    #[unroll]
    for p in 0..POINTS_PER_UNIT {
        let i = chunk + (p * POINT_UNITS + UNIT_POS) as usize;
        if i < count as usize {
            let slot = cloud * grid.points_per_cloud as usize + i;
            let voxel = voxel_of(points, slot, &grid);
            if voxel == 0xFFFF_FFFEu32 {
                non_finite += 1;
            } else if voxel == 0xFFFF_FFFFu32 {
                out_of_grid += 1;
            } else {
                kept += 1;
                let v = cloud * grid.voxels_per_cloud as usize + voxel as usize;
                match comptime![config.kind] {
                    ScatterKind::Count => {
                        out[v].fetch_add(1u32);
                    }
                    ScatterKind::Occupancy => {
                        let bit = 1u32 << ((v % 4) as u32 * 8);
                        // Most points land in an occupied voxel: skip their atomics.
                        if (out[v / 4].load() & bit) == 0 {
                            out[v / 4].fetch_or(bit);
                        }
                    }
                    _ => accumulate(
                        features,
                        slot,
                        v,
                        width,
                        out,
                        aux,
                        stats,
                        3 * grid.clouds as usize,
                        config.kind,
                    ),
                }
            }
        }
    }

    if comptime![config.stats] {
        add_cube_stats(stats, 3 * cloud, kept, out_of_grid, non_finite);
    }
}

/// Adds the cube's kept, out-of-grid and non-finite counts to the three
/// words of `stats` from `at`: a tree reduction over the cube, then one
/// atomic each.
#[cube]
pub(crate) fn add_cube_stats(
    stats: &mut Array<Atomic<u32>>,
    at: usize,
    kept: u32,
    out_of_grid: u32,
    non_finite: u32,
) {
    let mut shared = SharedMemory::<u32>::new(3 * POINT_UNITS as usize);
    let unit = UNIT_POS as usize;
    shared[3 * unit] = kept;
    shared[3 * unit + 1] = out_of_grid;
    shared[3 * unit + 2] = non_finite;
    sync_cube();
    #[unroll]
    for level in 1..=POINT_UNITS_LOG2 {
        let stride = comptime![POINT_UNITS as usize >> level];
        if unit < stride {
            shared[3 * unit] += shared[3 * (unit + stride)];
            shared[3 * unit + 1] += shared[3 * (unit + stride) + 1];
            shared[3 * unit + 2] += shared[3 * (unit + stride) + 2];
        }
        sync_cube();
    }
    if unit == 0 {
        stats[at].fetch_add(shared[0]);
        stats[at + 1].fetch_add(shared[1]);
        stats[at + 2].fetch_add(shared[2]);
    }
}

/// Folds the features of point slot `slot` into voxel (or row) `v` for the
/// feature reductions: max keys, the mean's scale pass, the mean's sum
/// pass. A non-finite feature flags `slot` in `stats[bad_at]` (as
/// `u32::MAX - slot`, so the largest word is the first slot).
#[cube]
#[allow(clippy::too_many_arguments)]
pub(crate) fn accumulate(
    features: &Array<u32>,
    slot: usize,
    v: usize,
    width: usize,
    out: &mut Array<Atomic<u32>>,
    aux: &mut Array<Atomic<u32>>,
    stats: &mut Array<Atomic<u32>>,
    bad_at: usize,
    #[comptime] kind: ScatterKind,
) {
    match comptime![kind] {
        ScatterKind::Max => {
            for f in 0..width {
                let value = f32::reinterpret(features[slot * width + f]);
                if f32::is_nan(value) || f32::is_inf(value) {
                    stats[bad_at].fetch_max(0xFFFF_FFFFu32 - slot as u32);
                }
                out[v * width + f].fetch_max(ordered_key(value));
            }
        }
        ScatterKind::MeanScale => {
            aux[v].fetch_add(1u32);
            for f in 0..width {
                let value = f32::reinterpret(features[slot * width + f]);
                if f32::is_nan(value) || f32::is_inf(value) {
                    stats[bad_at].fetch_max(0xFFFF_FFFFu32 - slot as u32);
                }
                // Non-negative floats order as their bits.
                out[v * width + f].fetch_max(u32::reinterpret(f32::abs(value)));
            }
        }
        ScatterKind::MeanSum => {
            for f in 0..width {
                let at = v * width + f;
                let value = f32::reinterpret(features[slot * width + f]);
                let exponent = mean_scale_exponent(out[at].load());
                let term = i32::cast_from(f32::round(value * pow2_wide(exponent)));
                let low = u32::reinterpret(term);
                let mut high = 0u32;
                if term < 0i32 {
                    high = 0xFFFF_FFFFu32;
                }
                let before = aux[2 * at].fetch_add(low);
                // The low word carried iff before + low >= 2^32.
                if low > !before {
                    high += 1;
                }
                aux[2 * at + 1].fetch_add(high);
            }
        }
        _ => {}
    }
}

/// Turns max keys into f32 values; an empty voxel (key 0, which no finite
/// value has) becomes 0.
#[cube(launch_unchecked)]
pub fn finish_max(out: &mut Array<u32>, len: u32) {
    let i = ABSOLUTE_POS;
    if i < len as usize {
        let key = out[i];
        let mut bits = 0u32;
        if key != 0 {
            bits = u32::reinterpret(from_ordered_key(key));
        }
        out[i] = bits;
    }
}

/// Turns the 64-bit scaled sums in `sums` and the counts into means (or,
/// without `average`, into the sums themselves), in place of the scale
/// bits in `out`.
#[cube(launch_unchecked)]
pub fn finish_mean(
    out: &mut Array<u32>,
    counts: &Array<u32>,
    sums: &Array<u32>,
    len: u32,
    width: u32,
    #[comptime] average: bool,
) {
    let i = ABSOLUTE_POS;
    if i < len as usize {
        let count = counts[i / width as usize];
        let mut bits = 0u32;
        if count != 0 {
            let mut low = sums[2 * i];
            let mut high = sums[2 * i + 1];
            let negative = (high >> 31) == 1;
            if negative {
                // Two's-complement negation over 64 bits, so both halves
                // convert as non-negative numbers without cancellation.
                low = !low + 1;
                high = !high;
                if low == 0 {
                    high += 1;
                }
            }
            let magnitude = f32::cast_from(high) * 4_294_967_296.0f32 + f32::cast_from(low);
            let exponent = mean_scale_exponent(out[i]);
            let mut mean = magnitude * pow2_wide(-exponent);
            if comptime![average] {
                mean = magnitude / f32::cast_from(count) * pow2_wide(-exponent);
            }
            if negative {
                mean = -mean;
            }
            bits = u32::reinterpret(mean);
        }
        out[i] = bits;
    }
}

/// Words each unit of `fill_words` writes.
pub const FILL_WORDS_PER_UNIT: u32 = 8;

/// Fills `len` words with `value`. Each unit writes `FILL_WORDS_PER_UNIT`
/// words a cube's width apart, so a cube writes one contiguous run. With a
/// word per unit, fills ran at a third of the copy bandwidth or less
/// (H200, Nsight Compute: 37 MB in 81 us, against 16 us now).
#[cube(launch_unchecked)]
pub fn fill_words(out: &mut Array<u32>, value: u32, len: u32) {
    let first = linear_cube() * (CUBE_DIM * FILL_WORDS_PER_UNIT) as usize + UNIT_POS as usize;
    #[unroll]
    for k in 0..FILL_WORDS_PER_UNIT {
        let i = first + (k * CUBE_DIM) as usize;
        if i < len as usize {
            out[i] = value;
        }
    }
}
