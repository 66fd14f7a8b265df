//! A context on a caller's CUDA stream: what the caller queues on that
//! stream after a call reads the call's results, with no synchronisation
//! in between. Needs a CUDA device; without one the test says so and passes.

#![cfg(feature = "cuda")]

use robocache::cudarc::driver::{result, CudaContext};
use robocache::{cuda_device_count, Context, TensorView, VoxelGrid, VoxelMode};

#[test]
fn a_copy_queued_on_the_callers_stream_after_a_call_reads_its_results() {
    if cuda_device_count() == 0 {
        eprintln!("no CUDA device: skipped");
        return;
    }
    let cuda = CudaContext::new(0).unwrap();
    let stream = cuda.new_stream().unwrap();
    // SAFETY: cudarc's contexts are the devices' primary contexts, and the
    // stream, declared first, outlives the context; its tensors live and die
    // inside `copies_match`.
    let on_stream = unsafe { Context::cuda_on_stream(0, stream.cu_stream()) }.unwrap();
    assert!(
        copies_match(&on_stream, &stream),
        "a copy on the caller's stream read the output before the voxelization wrote it"
    );
    // The premise, shown rather than asserted (a race need not be lost):
    // on a context that does not know the stream, the same copy is not
    // ordered after the voxelization.
    let unordered = Context::cuda(0).unwrap();
    eprintln!(
        "a context not on the stream: the caller's copies {}",
        match copies_match(&unordered, &stream) {
            true => "matched all the same (the race was won)",
            false => "read the output before it was written",
        }
    );
}

/// Whether copies queued on `stream` right after each of three voxelizations
/// on `ctx` read what the voxelizations wrote.
fn copies_match(ctx: &Context, stream: &robocache::cudarc::driver::CudaStream) -> bool {
    let mut all_matched = true;
    // The max of 8 features over 8M points takes the device about a
    // millisecond (benches/RESULTS.md), far longer than the host takes
    // to queue the copy after the call returns: a copy not ordered
    // after the kernels would read the output before they wrote it.
    let n = 8_000_000usize;
    let points: Vec<f32> = (0..3 * n)
        .map(|i| ((i * 7919) % 10_007) as f32 / 10_007.0)
        .collect();
    let features: Vec<f32> = (0..8 * n).map(|i| ((i * 104_729) % 1_000) as f32).collect();
    let points = ctx.upload(TensorView::new(&points, [n, 3]).unwrap()).unwrap();
    let features = ctx.upload(TensorView::new(&features, [n, 8]).unwrap()).unwrap();
    ctx.synchronize().unwrap();
    // Each round a grid of another size, so that no round's output holds
    // the values an earlier round left in reused memory.
    for cells in [24usize, 40, 56] {
        let grid = VoxelGrid::new([0.0; 3], [1.0 / cells as f32; 3], [cells; 3]);
        let out = ctx
            .voxelize(&points, grid, VoxelMode::Max)
            .features(&features)
            .run()
            .unwrap();
        let address = out
            .voxels
            .cuda_pointer()
            .unwrap()
            .expect("a CUDA tensor has an address");
        let mut copied = vec![f32::NAN; out.voxels.len()];
        // SAFETY: `address` holds `out.voxels.len()` f32 values while
        // `out` lives (past the synchronisation below); the copy is
        // queued on the caller's stream, after the voxelization.
        unsafe { result::memcpy_dtoh_async(&mut copied, address, stream.cu_stream()) }.unwrap();
        stream.synchronize().unwrap();
        let read = out.voxels.to_vec::<f32>().unwrap();
        assert!(read.iter().any(|&v| v > 0.0), "{cells}^3: the grid has values");
        all_matched &= copied.iter().zip(&read).all(|(a, b)| a.to_bits() == b.to_bits());
    }
    all_matched
}
