//! Device memory the caller owns, wrapped as a tensor without a copy
//! (`Context::wrap_cuda_memory`, issue #12 item 3): operations on it give
//! what they give on the same values uploaded, on both CUDA kernel paths
//! and on a caller's stream; bad values and bad memory get typed errors;
//! the caller's owner lives until the last read of the memory has run.
//! Needs a CUDA device for all but the first test; without one they say so
//! and pass.

#![cfg(feature = "cuda")]

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use robocache::cudarc::driver::{CudaContext, CudaSlice, CudaStream, DevicePtr};
use robocache::{
    cuda_device_count, Context, DType, Error, InterpMode, KernelPath, Stream, TensorRef, TensorView,
    VoxelGrid, VoxelMode,
};

#[test]
fn only_a_cuda_context_wraps_cuda_memory() {
    // SAFETY: refused before the address is used.
    let refused = unsafe { Context::cpu().wrap_cuda_memory(0x1000, [4], DType::F32, ()) };
    assert!(
        matches!(&refused, Err(Error::UnwrappableMemory { why, .. }) if why.contains("not a CUDA context")),
        "{refused:?}"
    );
}

fn cuda() -> Option<(Arc<CudaContext>, Arc<CudaStream>)> {
    if cuda_device_count() == 0 {
        eprintln!("no CUDA device: skipped");
        return None;
    }
    let cuda = CudaContext::new(0).unwrap();
    let stream = cuda.new_stream().unwrap();
    Some((cuda, stream))
}

/// `values` on the device, in memory robocache does not own.
fn on_device<T: robocache::cudarc::driver::DeviceRepr>(
    stream: &Arc<CudaStream>,
    values: &[T],
) -> (u64, CudaSlice<T>) {
    let slice = stream.clone_htod(values).unwrap();
    stream.synchronize().unwrap();
    let address = slice.device_ptr(stream).0;
    (address, slice)
}

/// `values` in device memory robocache does not own, wrapped by `ctx`.
fn wrapped<T: robocache::cudarc::driver::DeviceRepr + Send + Sync + 'static>(
    ctx: &Context,
    stream: &Arc<CudaStream>,
    values: &[T],
    shape: &[usize],
    dtype: DType,
) -> robocache::Tensor {
    let (address, slice) = on_device(stream, values);
    // SAFETY: written and synchronised above; the slice, the owner, frees
    // the memory only when robocache lets go of it.
    unsafe { ctx.wrap_cuda_memory(address, shape, dtype, slice) }.unwrap()
}

/// A cloud of `n` points in the unit cube, and 4 features per point.
fn cloud(n: usize) -> (Vec<f32>, Vec<f32>) {
    let points = (0..3 * n)
        .map(|i| ((i * 7919) % 10_007) as f32 / 10_007.0)
        .collect();
    let features = (0..4 * n).map(|i| ((i * 104_729) % 1_000) as f32 * 0.5).collect();
    (points, features)
}

#[test]
fn wrapped_inputs_give_what_uploaded_ones_give_on_both_kernel_paths() {
    let Some((_cuda, stream)) = cuda() else { return };
    let n = 200_000;
    let (points, features) = cloud(n);
    let grid = VoxelGrid::new([0.0; 3], [1.0 / 32.0; 3], [32; 3]);
    let (b, s, d, t) = (4, 300, 6, 128);
    let values: Vec<f32> = (0..b * s * d).map(|i| (i as f32 * 0.37).sin()).collect();
    let times: Vec<f64> = (0..b * s)
        .map(|i| 1.7e9 + (i % s) as f64 * 0.01 + (i / s) as f64)
        .collect();
    let targets: Vec<f64> = (0..b * t)
        .map(|i| 1.7e9 + (i % t) as f64 * 0.023 + (i / t) as f64)
        .collect();

    for path in [KernelPath::Ptx, KernelPath::CubeCl] {
        let ctx = Context::cuda(0).unwrap().with_kernel_path(path).unwrap();
        let wrapped_points = wrapped(&ctx, &stream, &points, &[n, 3], DType::F32);
        let wrapped_features = wrapped(&ctx, &stream, &features, &[n, 4], DType::F32);
        for mode in [VoxelMode::Count, VoxelMode::Mean, VoxelMode::Max] {
            let (mut from_wrapped, mut from_host) = (
                ctx.voxelize(&wrapped_points, grid, mode),
                ctx.voxelize(TensorView::new(&points, [n, 3]).unwrap(), grid, mode),
            );
            if mode != VoxelMode::Count {
                from_wrapped = from_wrapped.features(&wrapped_features);
                from_host = from_host.features(TensorView::new(&features, [n, 4]).unwrap());
            }
            let (from_wrapped, from_host) = (from_wrapped.run().unwrap(), from_host.run().unwrap());
            let bits = |t: &robocache::Tensor| match mode {
                VoxelMode::Count => t.to_vec::<u32>().unwrap(),
                _ => t.to_vec::<f32>().unwrap().iter().map(|v| v.to_bits()).collect(),
            };
            assert_eq!(
                bits(&from_wrapped.voxels),
                bits(&from_host.voxels),
                "{path:?} {mode:?}"
            );
            assert_eq!(
                from_wrapped.stats().unwrap(),
                from_host.stats().unwrap(),
                "{path:?} {mode:?}"
            );
        }

        let wrapped_values = wrapped(&ctx, &stream, &values, &[b, s, d], DType::F32);
        let wrapped_times = wrapped(&ctx, &stream, &times, &[b, s], DType::F64);
        let from_wrapped = ctx
            .resample(
                &wrapped_values,
                &wrapped_times,
                TensorView::new(&targets, [b, t]).unwrap(),
            )
            .mode(InterpMode::Linear)
            .run()
            .unwrap();
        let from_host = ctx
            .resample(
                TensorView::new(&values, [b, s, d]).unwrap(),
                TensorView::new(&times, [b, s]).unwrap(),
                TensorView::new(&targets, [b, t]).unwrap(),
            )
            .mode(InterpMode::Linear)
            .run()
            .unwrap();
        assert_eq!(
            from_wrapped.values.to_vec::<f32>().unwrap(),
            from_host.values.to_vec::<f32>().unwrap(),
            "{path:?} resample"
        );

        // A fusion of a wrapped stream and a host one, on wrapped targets.
        let wrapped_targets = wrapped(&ctx, &stream, &targets, &[b, t], DType::F64);
        let imu: Vec<f32> = (0..b * 2 * s * 3).map(|i| (i as f32 * 0.11).cos()).collect();
        let imu_times: Vec<f64> = (0..b * 2 * s)
            .map(|i| 1.7e9 + (i % (2 * s)) as f64 * 0.005 + (i / (2 * s)) as f64)
            .collect();
        let fuse = |values: TensorRef<'_>, times: TensorRef<'_>, targets: TensorRef<'_>| {
            ctx.fuse(targets)
                .stream(Stream::new(values, times))
                .stream(
                    Stream::new(
                        TensorView::new(&imu, [b, 2 * s, 3]).unwrap(),
                        TensorView::new(&imu_times, [b, 2 * s]).unwrap(),
                    )
                    .mode(InterpMode::Nearest),
                )
                .run()
                .unwrap()
                .values
                .to_vec::<f32>()
                .unwrap()
        };
        assert_eq!(
            fuse(
                (&wrapped_values).into(),
                (&wrapped_times).into(),
                (&wrapped_targets).into()
            ),
            fuse(
                TensorView::new(&values, [b, s, d]).unwrap().into(),
                TensorView::new(&times, [b, s]).unwrap().into(),
                TensorView::new(&targets, [b, t]).unwrap().into(),
            ),
            "{path:?} fusion"
        );
    }
}

#[test]
fn a_wrapped_tensor_reads_back_names_its_address_and_reshapes() {
    let Some((_cuda, stream)) = cuda() else { return };
    let ctx = Context::cuda(0).unwrap();
    // An odd count of 16-bit values: the last word is half padding.
    let values: Vec<u16> = (0..1001).map(|i| (i * 37 % 65_521) as u16).collect();
    let (address, slice) = on_device(&stream, &values);
    // SAFETY: written and synchronised; the slice is the owner.
    let tensor = unsafe { ctx.wrap_cuda_memory(address, [7, 143], DType::F16, slice) }.unwrap();
    assert_eq!(tensor.cuda_pointer().unwrap(), Some(address));
    assert_eq!(tensor.dtype(), DType::F16);
    let read: Vec<u16> = tensor
        .to_vec::<robocache::f16>()
        .unwrap()
        .iter()
        .map(|v| v.to_bits())
        .collect();
    assert_eq!(read, values);
    let flat = tensor.reshape([1001]).unwrap();
    assert_eq!(flat.cuda_pointer().unwrap(), Some(address));
    assert!(tensor.to_vec::<f32>().is_err(), "the dtype is checked");
}

#[test]
fn memory_that_is_not_one_allocation_of_the_device_is_refused() {
    let Some((_cuda, stream)) = cuda() else { return };
    let ctx = Context::cuda(0).unwrap();
    let (address, slice) = on_device(&stream, &[1.0f32; 1000]);
    // SAFETY: refused before the memory is read.
    let too_long = unsafe { ctx.wrap_cuda_memory(address, [1000 + 4096], DType::F32, ()) };
    assert!(
        matches!(&too_long, Err(Error::UnwrappableMemory { why, .. }) if why.contains("allocation ends")),
        "{too_long:?}"
    );
    let host = [0u8; 64];
    // SAFETY: refused before the memory is read.
    let not_device = unsafe { ctx.wrap_cuda_memory(host.as_ptr() as u64, [16], DType::F32, ()) };
    assert!(
        matches!(&not_device, Err(Error::UnwrappableMemory { why, .. }) if why.contains("not memory of CUDA device")),
        "{not_device:?}"
    );
    drop(slice);
}

#[test]
fn invalid_wrapped_values_get_the_error_the_host_checks_name() {
    let Some((_cuda, stream)) = cuda() else { return };
    let ctx = Context::cuda(0).unwrap();
    let values = vec![1.0f32; 2 * 5];
    let times = [0.0f64, 0.1, 0.2, 0.15, 0.4, 0.0, 0.1, 0.2, 0.3, 0.4];
    let times = wrapped(&ctx, &stream, &times, &[2, 5], DType::F64);
    let out = ctx
        .resample(
            TensorView::new(&values, [2, 5, 1]).unwrap(),
            &times,
            TensorView::new(&[0.05f64, 0.3, 0.05, 0.3], [2, 2]).unwrap(),
        )
        .run()
        .unwrap();
    let error = out.values.to_vec::<f32>().unwrap_err();
    assert!(
        matches!(error, Error::DecreasingTime { .. }),
        "the read names the decreasing time: {error}"
    );
}

/// Drops say so.
struct Owner {
    _memory: CudaSlice<f32>,
    dropped: Arc<AtomicBool>,
}

impl Drop for Owner {
    fn drop(&mut self) {
        self.dropped.store(true, Ordering::SeqCst);
    }
}

#[test]
fn the_owner_lives_until_the_tensor_and_the_reads_of_its_memory_are_done() {
    let Some((_cuda, stream)) = cuda() else { return };
    let ctx = Context::cuda(0).unwrap();
    let n = 1_000_000;
    let (points, _) = cloud(n);
    let (address, slice) = on_device(&stream, &points);
    let dropped = Arc::new(AtomicBool::new(false));
    let owner = Owner {
        _memory: slice,
        dropped: Arc::clone(&dropped),
    };
    // SAFETY: written and synchronised; `owner` holds the slice.
    let wrapped = unsafe { ctx.wrap_cuda_memory(address, [n, 3], DType::F32, owner) }.unwrap();
    let grid = VoxelGrid::new([0.0; 3], [1.0 / 64.0; 3], [64; 3]);
    let reshaped = wrapped.reshape([n * 3]).unwrap();
    drop(wrapped);
    assert!(
        !dropped.load(Ordering::SeqCst),
        "a reshape still holds the memory"
    );
    let counts = ctx
        .voxelize(&reshaped.reshape([n, 3]).unwrap(), grid, VoxelMode::Count)
        .run()
        .unwrap();
    drop(reshaped);
    ctx.synchronize().unwrap();
    assert!(
        dropped.load(Ordering::SeqCst),
        "dropped once no tensor holds it and its copy has run"
    );
    let total: u64 = counts
        .voxels
        .to_vec::<u32>()
        .unwrap()
        .iter()
        .map(|&c| u64::from(c))
        .sum();
    assert_eq!(total, n as u64);
}

#[test]
fn values_written_on_the_callers_stream_just_before_a_call_are_the_ones_it_reads() {
    let Some((_cuda, stream)) = cuda() else { return };
    // SAFETY: the stream outlives the context: both live to the end of
    // the test, the stream declared first (inside `cuda()`'s tuple).
    let ctx = unsafe { Context::cuda_on_stream(0, stream.cu_stream()) }.unwrap();
    let n = 8_000_000;
    let (points, _) = cloud(n);
    let grid = VoxelGrid::new([0.0; 3], [1.0 / 16.0; 3], [16; 3]);
    let expected = ctx
        .voxelize(TensorView::new(&points, [n, 3]).unwrap(), grid, VoxelMode::Count)
        .run()
        .unwrap()
        .voxels
        .to_vec::<u32>()
        .unwrap();
    let source = stream.clone_htod(&points).unwrap();
    for round in 0..3 {
        // Zeros first, then the points copied in on the caller's stream
        // (96 MB, tens of microseconds of device time), with no host
        // synchronisation before the call: a call that read before the copy
        // finished would count zeros at the origin.
        let mut target = stream.alloc_zeros::<f32>(3 * n).unwrap();
        stream.memcpy_dtod(&source, &mut target).unwrap();
        let address = target.device_ptr(&stream).0;
        // SAFETY: written by work queued on the context's stream before the
        // call; the slice is the owner.
        let wrapped = unsafe { ctx.wrap_cuda_memory(address, [n, 3], DType::F32, target) }.unwrap();
        let counts = ctx.voxelize(&wrapped, grid, VoxelMode::Count).run().unwrap();
        assert_eq!(counts.voxels.to_vec::<u32>().unwrap(), expected, "round {round}");
    }
}
