//! Kernels of detector voxelization: voxels numbered by first point without
//! a sort, and hard voxelization's first points per voxel without one.
//!
//! 1. `hash_points`: each kept point finds (or claims) its voxel's entry in
//!    a per-cloud open-addressing table and lowers the entry's first point
//!    (`fetch_min`), so each entry ends up holding its voxel's first kept
//!    point whatever order the units ran in.
//! 2. `count_firsts`, `scan_totals`, `number_firsts`: the points that are
//!    their voxel's first are ranked in input order by a prefix sum; a
//!    voxel's row is its first point's rank, which is the defined order.
//! 3. `assign_points`: every point takes its voxel's row; counts are integer
//!    atomics.
//! 4. Hard voxelization: rows' points are grouped by a prefix sum over the
//!    counts (`sum_blocks`, `scan_totals`, `scan_apply`) and `group_points`.
//!    Within a group the atomics leave the points in any order, so
//!    `fill_hard` ranks each point by counting the group's smaller slots
//!    (stopping at P), which is the input order again.
//!
//! Every output is a function of the input alone: bit-identical across runs
//! and with the CPU backend.

use cubecl::prelude::*;

use crate::codec::{div_by_count, linear_cube};
use crate::voxel::kernel::{accumulate, add_cube_stats, voxel_of, GridArgs, ScatterKind};

/// Units per cube in the block kernels; a power of two for the scans.
pub const BLOCK_UNITS: u32 = 1 << BLOCK_UNITS_LOG2;
const BLOCK_UNITS_LOG2: u32 = 8;
/// Consecutive points (or values) each unit of a block kernel takes.
pub const UNIT_ITEMS: u32 = 8;
/// Points (or values) per block: blocks never straddle two clouds.
pub const BLOCK_ITEMS: u32 = BLOCK_UNITS * UNIT_ITEMS;

/// An empty table entry, a dropped point, a row past `max_voxels`, a
/// bird's-eye-view cell without a pillar: no voxel index, slot or row
/// reaches it (plans keep them below u32::MAX).
pub(crate) const NONE: u32 = 0xFFFF_FFFF;
/// Fibonacci hashing's multiplier, 2^32 / golden ratio.
const HASH_MULTIPLIER: u32 = 0x9E37_79B1;

/// The per-cloud voxel tables.
#[derive(CubeLaunch, CubeType, Clone, Copy)]
pub struct TableArgs {
    /// Entries per cloud, a power of two at least twice the cloud's slots.
    pub entries: u32,
    /// `32 - log2(entries)`: the hash keeps the product's top bits.
    pub shift: u32,
    /// Rows kept per cloud (M, or u32::MAX for dynamic voxelization).
    pub max_voxels: u32,
}

/// Compile-time options of the point passes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PointPassConfig {
    /// Whether per-cloud lengths are given.
    pub ragged: bool,
    /// Whether features of kept points are checked finite.
    pub check_features: bool,
    /// Whether coordinates carry the cloud index.
    pub batched: bool,
}

/// The cloud a block of `BLOCK_ITEMS` points belongs to, and its first
/// point index within the cloud.
#[cube]
fn block_of(grid: &GridArgs) -> (usize, usize) {
    let block = linear_cube();
    let cloud = block / grid.cubes_per_cloud as usize;
    let first = (block % grid.cubes_per_cloud as usize) * BLOCK_ITEMS as usize;
    (cloud, first)
}

/// Whether point `i` of `cloud` is the first kept point of its voxel.
#[cube]
fn is_first(
    entry_of: &Array<u32>,
    firsts: &Array<u32>,
    cloud: usize,
    i: usize,
    grid: &GridArgs,
    table: &TableArgs,
) -> bool {
    let mut first = false;
    if i < grid.points_per_cloud as usize {
        let entry = entry_of[cloud * grid.points_per_cloud as usize + i];
        if entry != NONE {
            first = firsts[cloud * table.entries as usize + entry as usize] == i as u32;
        }
    }
    first
}

/// Exclusive prefix sum of `value` over the cube's units (Hillis-Steele in
/// shared memory); also returns the cube's total.
#[cube]
fn cube_exclusive_scan(value: u32) -> (u32, u32) {
    let mut shared = SharedMemory::<u32>::new(BLOCK_UNITS as usize);
    let unit = UNIT_POS as usize;
    shared[unit] = value;
    sync_cube();
    #[unroll]
    for level in 0..BLOCK_UNITS_LOG2 {
        let offset = comptime![1usize << level];
        let mut sum = shared[unit];
        if unit >= offset {
            sum += shared[unit - offset];
        }
        sync_cube();
        shared[unit] = sum;
        sync_cube();
    }
    let inclusive = shared[unit];
    let total = shared[BLOCK_UNITS as usize - 1];
    (inclusive - value, total)
}

/// Finds or claims each kept point's voxel entry and lowers the entry's
/// first point. `entry_of[slot]` is the entry, or `NONE` for a dropped or
/// padding slot; `stats` gets the per-cloud kept / out-of-grid / non-finite
/// counts and, with `check_features`, the first bad feature's slot (as in
/// the dense scatter).
#[cube(launch_unchecked)]
#[allow(clippy::too_many_arguments)]
pub fn hash_points(
    points: &Array<u32>,
    features: &Array<u32>,
    lengths: &Array<u32>,
    keys: &mut Array<Atomic<u32>>,
    firsts: &mut Array<Atomic<u32>>,
    entry_of: &mut Array<u32>,
    stats: &mut Array<Atomic<u32>>,
    grid: GridArgs,
    table: TableArgs,
    #[comptime] config: PointPassConfig,
) {
    let (cloud, first) = block_of(&grid);
    if cloud >= grid.clouds as usize {
        terminate!();
    }
    let mut count = grid.points_per_cloud;
    if comptime![config.ragged] {
        count = u32::min(lengths[cloud], grid.points_per_cloud);
    }
    let base = cloud * table.entries as usize;
    let mask = table.entries - 1;
    let width = grid.features as usize;
    let mut kept = 0u32;
    let mut out_of_grid = 0u32;
    let mut non_finite = 0u32;
    for k in 0..UNIT_ITEMS {
        let i = first + (UNIT_POS * UNIT_ITEMS + k) as usize;
        if i < grid.points_per_cloud as usize {
            let slot = cloud * grid.points_per_cloud as usize + i;
            let mut entry = 0xFFFF_FFFFu32;
            if i < count as usize {
                let voxel = voxel_of(points, slot, &grid);
                if voxel == 0xFFFF_FFFEu32 {
                    non_finite += 1;
                } else if voxel == NONE {
                    out_of_grid += 1;
                } else {
                    kept += 1;
                    let mut h = (voxel * HASH_MULTIPLIER) >> table.shift;
                    loop {
                        let before = keys[base + h as usize].compare_exchange_weak(NONE, voxel);
                        // A weak exchange may fail with the entry still
                        // empty: read it again, and retry the same entry.
                        let mut now = before;
                        if before == NONE {
                            now = keys[base + h as usize].load();
                        }
                        if now == voxel {
                            break;
                        }
                        if now != NONE {
                            h = (h + 1) & mask;
                        }
                    }
                    firsts[base + h as usize].fetch_min(i as u32);
                    entry = h;
                    if comptime![config.check_features] {
                        for f in 0..width {
                            let value = f32::reinterpret(features[slot * width + f]);
                            if f32::is_nan(value) || f32::is_inf(value) {
                                stats[3 * grid.clouds as usize].fetch_max(NONE - slot as u32);
                            }
                        }
                    }
                }
            }
            entry_of[slot] = entry;
        }
    }
    add_cube_stats(stats, 3 * cloud, kept, out_of_grid, non_finite);
}

/// Per block, the points that are their voxel's first.
#[cube(launch_unchecked)]
pub fn count_firsts(
    entry_of: &Array<u32>,
    firsts: &Array<u32>,
    block_totals: &mut Array<u32>,
    grid: GridArgs,
    table: TableArgs,
) {
    let (cloud, first) = block_of(&grid);
    if cloud >= grid.clouds as usize {
        terminate!();
    }
    let mut count = 0u32;
    for k in 0..UNIT_ITEMS {
        let i = first + (UNIT_POS * UNIT_ITEMS + k) as usize;
        if is_first(entry_of, firsts, cloud, i, &grid, &table) {
            count += 1;
        }
    }
    let (_, total) = cube_exclusive_scan(count);
    if UNIT_POS == 0 {
        block_totals[linear_cube()] = total;
    }
}

/// Exclusive prefix sum, in place, of `totals[..len]`, in one cube: each
/// unit sums a run of entries, the units' sums are scanned, and each unit
/// writes its run. With `cloud_starts`, also writes the scan at each
/// cloud's first block (`blocks_per_cloud` apart) and, last, the total.
// A comptime branch stays its own `if`: CubeCL expands it away, whereas
// `comptime && runtime` would be one runtime condition.
#[allow(clippy::collapsible_if)]
#[cube(launch_unchecked)]
pub fn scan_totals(
    totals: &mut Array<u32>,
    cloud_starts: &mut Array<u32>,
    len: u32,
    blocks_per_cloud: u32,
    #[comptime] with_starts: bool,
) {
    let run = len.div_ceil(BLOCK_UNITS);
    let begin = UNIT_POS * run;
    let end = u32::min(begin + run, len);
    let mut sum = 0u32;
    let mut b = begin;
    while b < end {
        sum += totals[b as usize];
        b += 1;
    }
    let (before, total) = cube_exclusive_scan(sum);
    let mut running = before;
    b = begin;
    while b < end {
        let value = totals[b as usize];
        totals[b as usize] = running;
        if comptime![with_starts] {
            if b % blocks_per_cloud == 0 {
                cloud_starts[(b / blocks_per_cloud) as usize] = running;
            }
        }
        running += value;
        b += 1;
    }
    if comptime![with_starts] {
        if UNIT_POS == 0 {
            cloud_starts[(len / blocks_per_cloud) as usize] = total;
        }
    }
}

/// Gives each voxel its row: the rank of its first point among its cloud's
/// first points. Writes the row into the voxel's table entry and, for rows
/// below `max_voxels`, the voxel's coordinates at its output row
/// `row_starts[cloud] + row`.
#[cube(launch_unchecked)]
#[allow(clippy::too_many_arguments)]
pub fn number_firsts(
    entry_of: &Array<u32>,
    firsts: &Array<u32>,
    keys: &Array<u32>,
    block_offsets: &Array<u32>,
    cloud_starts: &Array<u32>,
    row_starts: &Array<u32>,
    rows: &mut Array<u32>,
    coords: &mut Array<u32>,
    grid: GridArgs,
    table: TableArgs,
    #[comptime] config: PointPassConfig,
) {
    let (cloud, first) = block_of(&grid);
    if cloud >= grid.clouds as usize {
        terminate!();
    }
    let mut count = 0u32;
    for k in 0..UNIT_ITEMS {
        let i = first + (UNIT_POS * UNIT_ITEMS + k) as usize;
        if is_first(entry_of, firsts, cloud, i, &grid, &table) {
            count += 1;
        }
    }
    let (before, _) = cube_exclusive_scan(count);
    let mut row = block_offsets[linear_cube()] - cloud_starts[cloud] + before;
    for k in 0..UNIT_ITEMS {
        let i = first + (UNIT_POS * UNIT_ITEMS + k) as usize;
        if is_first(entry_of, firsts, cloud, i, &grid, &table) {
            let at = cloud * table.entries as usize
                + entry_of[cloud * grid.points_per_cloud as usize + i] as usize;
            rows[at] = row;
            if row < table.max_voxels {
                let out = (row_starts[cloud] + row) as usize;
                let voxel = keys[at];
                let z = voxel % grid.dim_z;
                let y = (voxel / grid.dim_z) % grid.dim_y;
                let x = voxel / (grid.dim_z * grid.dim_y);
                if comptime![config.batched] {
                    coords[4 * out] = cloud as u32;
                    coords[4 * out + 1] = x;
                    coords[4 * out + 2] = y;
                    coords[4 * out + 3] = z;
                } else {
                    coords[3 * out] = x;
                    coords[3 * out + 1] = y;
                    coords[3 * out + 2] = z;
                }
            }
            row += 1;
        }
    }
}

/// Each slot's output row (`NONE`, which reads as -1 in i32, for dropped
/// points, padding and voxels past `max_voxels`), and each row's count.
#[cube(launch_unchecked)]
pub fn assign_points(
    entry_of: &Array<u32>,
    rows: &Array<u32>,
    row_starts: &Array<u32>,
    point_to_voxel: &mut Array<u32>,
    counts: &mut Array<Atomic<u32>>,
    slots: u32,
    points_per_cloud: u32,
    table: TableArgs,
) {
    let slot = ABSOLUTE_POS;
    if slot >= slots as usize {
        terminate!();
    }
    let cloud = slot / points_per_cloud as usize;
    let entry = entry_of[slot];
    let mut out = 0xFFFF_FFFFu32;
    if entry != NONE {
        let row = rows[cloud * table.entries as usize + entry as usize];
        if row < table.max_voxels {
            out = row_starts[cloud] + row;
            counts[out as usize].fetch_add(1u32);
        }
    }
    point_to_voxel[slot] = out;
}

/// Per block of `BLOCK_ITEMS` values, their sum.
#[cube(launch_unchecked)]
pub fn sum_blocks(values: &Array<u32>, block_totals: &mut Array<u32>, len: u32) {
    let block = linear_cube();
    let first = block * BLOCK_ITEMS as usize + (UNIT_POS * UNIT_ITEMS) as usize;
    let mut sum = 0u32;
    for k in 0..UNIT_ITEMS {
        let i = first + k as usize;
        if i < len as usize {
            sum += values[i];
        }
    }
    let (_, total) = cube_exclusive_scan(sum);
    if UNIT_POS == 0 {
        block_totals[block] = total;
    }
}

/// The exclusive prefix sum of `values` into `out`, from the scanned block
/// totals.
#[cube(launch_unchecked)]
pub fn scan_apply(values: &Array<u32>, block_offsets: &Array<u32>, out: &mut Array<u32>, len: u32) {
    let block = linear_cube();
    let first = block * BLOCK_ITEMS as usize + (UNIT_POS * UNIT_ITEMS) as usize;
    let mut sum = 0u32;
    for k in 0..UNIT_ITEMS {
        let i = first + k as usize;
        if i < len as usize {
            sum += values[i];
        }
    }
    let (before, _) = cube_exclusive_scan(sum);
    let mut running = block_offsets[block] + before;
    for k in 0..UNIT_ITEMS {
        let i = first + k as usize;
        if i < len as usize {
            out[i] = running;
            running += values[i];
        }
    }
}

/// Lists each row's slots in its group `[starts[row], starts[row] +
/// counts[row])`, in whatever order the atomics give.
#[cube(launch_unchecked)]
pub fn group_points(
    point_to_voxel: &Array<u32>,
    starts: &Array<u32>,
    cursors: &mut Array<Atomic<u32>>,
    members: &mut Array<u32>,
    slots: u32,
) {
    let slot = ABSOLUTE_POS;
    if slot >= slots as usize {
        terminate!();
    }
    let row = point_to_voxel[slot];
    if row != NONE {
        let at = starts[row as usize] + cursors[row as usize].fetch_add(1u32);
        members[at as usize] = slot as u32;
    }
}

/// The hard voxels: each point's rank in its row is the number of the
/// row's slots below its own (counted up to `max_points`); ranks below
/// `max_points` copy the point's x, y, z and features to
/// `voxels[row, rank]`, and rank 0 writes the row's stored count.
#[cube(launch_unchecked)]
#[allow(clippy::too_many_arguments)]
pub fn fill_hard(
    points: &Array<u32>,
    features: &Array<u32>,
    point_to_voxel: &Array<u32>,
    starts: &Array<u32>,
    counts: &Array<u32>,
    members: &Array<u32>,
    voxels: &mut Array<u32>,
    num_points: &mut Array<u32>,
    slots: u32,
    max_points: u32,
    width: u32,
) {
    let slot = ABSOLUTE_POS;
    if slot >= slots as usize {
        terminate!();
    }
    let row = point_to_voxel[slot];
    if row != NONE {
        let start = starts[row as usize] as usize;
        let len = counts[row as usize];
        let mut rank = 0u32;
        let mut j = 0u32;
        while j < len && rank < max_points {
            if members[start + j as usize] < slot as u32 {
                rank += 1;
            }
            j += 1;
        }
        if rank < max_points {
            let channels = 3 + width as usize;
            let at = ((row * max_points + rank) as usize) * channels;
            voxels[at] = points[3 * slot];
            voxels[at + 1] = points[3 * slot + 1];
            voxels[at + 2] = points[3 * slot + 2];
            for f in 0..width as usize {
                voxels[at + 3 + f] = features[slot * width as usize + f];
            }
        }
        if rank == 0 {
            num_points[row as usize] = u32::min(len, max_points);
        }
    }
}

/// Zeroes the places of the hard voxels past each row's stored points
/// (`fill_hard` writes the others), one unit per place: the grid is not
/// filled first, so each word is written once.
#[cube(launch_unchecked)]
pub fn pad_hard(
    num_points: &Array<u32>,
    voxels: &mut Array<u32>,
    places: u32,
    max_points: u32,
    channels: u32,
) {
    let place = ABSOLUTE_POS;
    if place >= places as usize {
        terminate!();
    }
    let row = place / max_points as usize;
    if (place % max_points as usize) as u32 >= num_points[row] {
        let at = place * channels as usize;
        for c in 0..channels as usize {
            voxels[at + c] = 0u32;
        }
    }
}

/// Rows each unit of `hard_stats` reads per step.
const HARD_STATS_LOADS: u32 = 8;

/// Per cloud (one cube each), the hard voxelization's counts from its rows'
/// point counts: stored `sum(min(count, P))`, full `sum(max(count - P,
/// 0))`, over the voxel cap `kept - sum(count)` (the kept count from
/// `hash_points` is already in `stats[3 * cloud]`). Writes, per cloud,
/// stored, over-cap and full into `hard_stats`.
#[cube(launch_unchecked)]
pub fn hard_stats(
    counts: &Array<u32>,
    row_starts: &Array<u32>,
    stats: &Array<u32>,
    hard_stats: &mut Array<u32>,
    max_points: u32,
) {
    let cloud = linear_cube();
    let begin = row_starts[cloud];
    let end = row_starts[cloud + 1];
    let mut stored = 0u32;
    let mut in_rows = 0u32;
    // One cube walks a whole cloud's rows: each unit keeps
    // HARD_STATS_LOADS loads in flight, not one (60 000 rows took 28 us).
    let mut row = begin + UNIT_POS;
    while row < end {
        #[unroll]
        for u in 0..HARD_STATS_LOADS {
            let at = row + u * BLOCK_UNITS;
            if at < end {
                let count = counts[at as usize];
                stored += u32::min(count, max_points);
                in_rows += count;
            }
        }
        row += HARD_STATS_LOADS * BLOCK_UNITS;
    }
    let (_, stored) = cube_exclusive_scan(stored);
    let (_, in_rows) = cube_exclusive_scan(in_rows);
    if UNIT_POS == 0 {
        hard_stats[3 * cloud] = stored;
        hard_stats[3 * cloud + 1] = stats[3 * cloud] - in_rows;
        hard_stats[3 * cloud + 2] = in_rows - stored;
    }
}

/// Folds each point's features into its row, for the reductions over
/// dynamic voxels: the dense scatter's max and mean passes, with the row
/// in place of the voxel.
#[cube(launch_unchecked)]
#[allow(clippy::too_many_arguments)]
pub fn reduce_rows(
    features: &Array<u32>,
    point_to_voxel: &Array<u32>,
    out: &mut Array<Atomic<u32>>,
    aux: &mut Array<Atomic<u32>>,
    status: &mut Array<Atomic<u32>>,
    slots: u32,
    width: u32,
    #[comptime] kind: ScatterKind,
) {
    let slot = ABSOLUTE_POS;
    if slot >= slots as usize {
        terminate!();
    }
    let row = point_to_voxel[slot];
    if row != NONE {
        accumulate(
            features,
            slot,
            row as usize,
            width as usize,
            out,
            aux,
            status,
            0,
            kind,
        );
    }
}

/// `sum / n`, on integers where the device's division may be inexact
/// (wgpu: [`div_by_count`]).
#[cube]
fn pillar_mean(sum: f32, n: u32, #[comptime] exact_division: bool) -> f32 {
    if comptime![exact_division] {
        div_by_count(sum, n)
    } else {
        sum / f32::cast_from(n)
    }
}

/// PointPillars' decoration (SPEC section 6), one unit per pillar slot: a
/// stored point's C channels, its offsets from the pillar's mean (x, y, z,
/// summed in slot order from +0.0, as every backend does) and from the
/// pillar's centre (from the host's tables). Slots past a pillar's points
/// are zeroed. `exact_division` divides the sums by the count on integers
/// ([`div_by_count`]), for devices whose f32 division is not IEEE's.
#[cube(launch_unchecked)]
#[allow(clippy::too_many_arguments)]
pub fn decorate_pillars(
    voxels: &Array<u32>,
    coords: &Array<u32>,
    num_points: &Array<u32>,
    x_centres: &Array<u32>,
    y_centres: &Array<u32>,
    out: &mut Array<u32>,
    pillar_slots: u32,
    max_points: u32,
    channels: u32,
    coord_width: u32,
    z_centre: f32,
    #[comptime] with_z_centre: bool,
    #[comptime] exact_division: bool,
) {
    let at = ABSOLUTE_POS;
    if at >= pillar_slots as usize {
        terminate!();
    }
    let row = at / max_points as usize;
    let slot = (at % max_points as usize) as u32;
    let n = u32::min(num_points[row], max_points);
    let c = channels as usize;
    let mut k = c + 5;
    if comptime![with_z_centre] {
        k += 1;
    }
    let o = at * k;
    if slot < n {
        let first = row * max_points as usize * c;
        let mut sum_x = 0.0f32;
        let mut sum_y = 0.0f32;
        let mut sum_z = 0.0f32;
        let mut j = 0u32;
        while j < n {
            let p = first + j as usize * c;
            sum_x += f32::reinterpret(voxels[p]);
            sum_y += f32::reinterpret(voxels[p + 1]);
            sum_z += f32::reinterpret(voxels[p + 2]);
            j += 1;
        }
        let mean_x = pillar_mean(sum_x, n, exact_division);
        let mean_y = pillar_mean(sum_y, n, exact_division);
        let mean_z = pillar_mean(sum_z, n, exact_division);
        let w = coord_width as usize;
        let centre_x = f32::reinterpret(x_centres[coords[row * w + w - 3] as usize]);
        let centre_y = f32::reinterpret(y_centres[coords[row * w + w - 2] as usize]);
        let point = first + slot as usize * c;
        let x = f32::reinterpret(voxels[point]);
        let y = f32::reinterpret(voxels[point + 1]);
        let z = f32::reinterpret(voxels[point + 2]);
        for i in 0..c {
            out[o + i] = voxels[point + i];
        }
        out[o + c] = u32::reinterpret(x - mean_x);
        out[o + c + 1] = u32::reinterpret(y - mean_y);
        out[o + c + 2] = u32::reinterpret(z - mean_z);
        out[o + c + 3] = u32::reinterpret(x - centre_x);
        out[o + c + 4] = u32::reinterpret(y - centre_y);
        if comptime![with_z_centre] {
            out[o + c + 5] = u32::reinterpret(z - z_centre);
        }
    } else {
        for i in 0..k {
            out[o + i] = 0u32;
        }
    }
}

/// Marks each pillar's cell of the bird's-eye view with its row:
/// `cell_rows[cloud * X * Y + x * Y + y] = row`, one unit per row. Every
/// pillar has its own cell, so no two units write one word.
#[cube(launch_unchecked)]
pub fn mark_cells(
    coords: &Array<u32>,
    cell_rows: &mut Array<u32>,
    rows: u32,
    coord_width: u32,
    x_dim: u32,
    y_dim: u32,
) {
    let row = ABSOLUTE_POS;
    if row >= rows as usize {
        terminate!();
    }
    let w = coord_width as usize;
    let mut cloud = 0usize;
    if coord_width == 4 {
        cloud = coords[row * w] as usize;
    }
    let cells = x_dim as usize * y_dim as usize;
    let cell = coords[row * w + w - 3] as usize * y_dim as usize + coords[row * w + w - 2] as usize;
    cell_rows[cloud * cells + cell] = row as u32;
}

/// The bird's-eye view `[clouds, depth, X, Y]` from the marked cells: one
/// unit per cell writes its `depth` values, its pillar's vector or zeros.
/// Neighbouring units write neighbouring words at every depth, so the
/// grid, which dwarfs the vectors, is written once and whole (a scatter
/// from the pillars wrote each value to a sector of its own, after a fill).
#[cube(launch_unchecked)]
pub fn gather_bev(
    cell_rows: &Array<u32>,
    vectors: &Array<u32>,
    out: &mut Array<u32>,
    all_cells: u32,
    cells: u32,
    depth: u32,
) {
    let at = ABSOLUTE_POS;
    if at >= all_cells as usize {
        terminate!();
    }
    let cloud = at / cells as usize;
    let cell = at % cells as usize;
    let row = cell_rows[at];
    let first = cloud * depth as usize * cells as usize + cell;
    for d in 0..depth as usize {
        let mut value = 0u32;
        if row != NONE {
            value = vectors[row as usize * depth as usize + d];
        }
        out[first + d * cells as usize] = value;
    }
}
