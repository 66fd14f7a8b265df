//! Where a GPU call's host time goes: the host cost of each step a call is
//! made of (allocating from CubeCL's pool, looking a buffer's address up,
//! a flush, a small read's round trip), then whole calls queued back to
//! back with their outputs dropped, on each CUDA kernel path. Prints CSV:
//! `step,path,us_per_call`.
//!
//! ```text
//! cargo run --release --features cuda --example call_anatomy
//! ```
//!
//! Queued calls are timed on the host, without waiting for the device
//! between them: where a call's kernels take less time than its host work
//! (every case here), that is the call's cost as a pipeline sees it.

#[cfg(feature = "cuda")]
fn main() -> Result<(), Box<dyn std::error::Error>> {
    anatomy::run()
}

#[cfg(not(feature = "cuda"))]
fn main() {
    eprintln!("call_anatomy measures CUDA calls: build it with --features cuda");
}

#[cfg(feature = "cuda")]
mod anatomy {
    use std::error::Error;
    use std::sync::Arc;
    use std::time::Instant;

    use robocache::cudarc::driver::{CudaStream, DevicePtr};
    use robocache::{Backend, Context, KernelPath, Stream, TensorView, VoxelGrid, VoxelMode};
    use robocache_core::{DType, HostData};
    use robocache_cubecl::{CudaRuntime, Gpu};

    const CALLS: u32 = 2000;

    /// Host microseconds per run of `step`, after a warm-up.
    fn per_call(mut step: impl FnMut()) -> f64 {
        for _ in 0..50 {
            step();
        }
        let start = Instant::now();
        for _ in 0..CALLS {
            step();
        }
        start.elapsed().as_secs_f64() * 1e6 / f64::from(CALLS)
    }

    pub fn run() -> Result<(), Box<dyn Error>> {
        let gpu = Gpu::<CudaRuntime>::cuda(0)?;
        println!("step,path,us_per_call");
        let step = |name: &str, us: f64| println!("{name},-,{us:.2}");

        step(
            "alloc_1MiB_and_drop",
            per_call(|| drop(gpu.alloc(DType::U32, 1 << 18, "a buffer").expect("alloc"))),
        );
        let buffer = gpu.alloc(DType::U32, 1 << 18, "a buffer")?;
        step(
            "get_resource",
            per_call(|| {
                drop(
                    gpu.client()
                        .get_resource(buffer.handle().clone())
                        .expect("lookup"),
                )
            }),
        );
        step("flush", per_call(|| gpu.client().flush().expect("flush")));
        step(
            "memory_usage",
            per_call(|| {
                gpu.client().memory_usage().expect("usage");
            }),
        );
        let word = [7u32];
        step(
            "upload_4_bytes",
            per_call(|| drop(gpu.upload(HostData::from(&word[..]), "a word").expect("upload"))),
        );
        let small = gpu.upload(HostData::from(&word[..]), "a word")?;
        step(
            "read_4_bytes_round_trip",
            per_call(|| drop(gpu.download(&small, "a word").expect("read"))),
        );
        step("sync_idle", per_call(|| gpu.sync().expect("sync")));

        for path in [KernelPath::Ptx, KernelPath::CubeCl] {
            let ctx = Context::new(Backend::Cuda)?.with_kernel_path(path)?;
            calls(&ctx, &path.to_string())?;
        }
        // The same calls on a context ordered with a caller's stream: each
        // call records and waits on two events more.
        let cuda = robocache::cudarc::driver::CudaContext::new(0)?;
        let stream = cuda.new_stream()?;
        // SAFETY: the stream is of device 0's primary context (cudarc's
        // contexts are), and outlives the context, dropped before it.
        let on_stream = unsafe { Context::cuda_on_stream(0, stream.cu_stream()) }?;
        calls(
            &on_stream.with_kernel_path(KernelPath::Ptx)?,
            "ptx-on-caller-stream",
        )?;
        wrapped_calls(&on_stream.with_kernel_path(KernelPath::Ptx)?, &stream)?;
        drop(on_stream);
        stream.synchronize()?;
        Ok(())
    }

    /// The count of `calls`' 500k points from memory the caller owns on
    /// `stream`, wrapped for each call as a DLPack tensor would be: what
    /// the wrap (the driver's look at the allocation) and the copy into the
    /// pool add to `voxelize_count_500k` on the same context.
    fn wrapped_calls(ctx: &Context, stream: &Arc<CudaStream>) -> Result<(), Box<dyn Error>> {
        let n = 500_000;
        let points: Vec<f32> = (0..3 * n)
            .map(|i| ((i * 7919) % 6400) as f32 * 1e-3 - 3.2)
            .collect();
        let owned = Arc::new(stream.clone_htod(&points)?);
        stream.synchronize()?;
        let address = owned.device_ptr(stream).0;
        let grid = VoxelGrid::new([-3.2; 3], [0.05; 3], [128; 3]);
        let line = |name: &str, us: f64| println!("{name},ptx-on-caller-stream,{us:.2}");
        line(
            "wrap_500k_points",
            per_call(|| {
                // SAFETY: written and synchronised above; `owned` keeps
                // the memory, and outlives every tensor (synchronised below).
                drop(
                    unsafe { ctx.wrap_cuda_memory(address, [n, 3], DType::F32, Arc::clone(&owned)) }
                        .expect("wrap"),
                )
            }),
        );
        line(
            "wrap_and_voxelize_count_500k",
            per_call(|| {
                // SAFETY: as above.
                let points = unsafe { ctx.wrap_cuda_memory(address, [n, 3], DType::F32, Arc::clone(&owned)) }
                    .expect("wrap");
                drop(
                    ctx.voxelize(&points, grid, VoxelMode::Count)
                        .run()
                        .expect("voxelize"),
                )
            }),
        );
        ctx.synchronize()?;
        Ok(())
    }

    /// Whole calls, queued back to back with their outputs dropped.
    fn calls(ctx: &Context, path: &str) -> Result<(), Box<dyn Error>> {
        let line = |name: &str, us: f64| println!("{name},{path},{us:.2}");
        let n = 500_000;
        let points: Vec<f32> = (0..3 * n)
            .map(|i| ((i * 7919) % 6400) as f32 * 1e-3 - 3.2)
            .collect();
        let points = ctx.upload(TensorView::new(&points, [n, 3])?)?;
        let grid = VoxelGrid::new([-3.2; 3], [0.05; 3], [128; 3]);
        line(
            "voxelize_occupancy_500k",
            per_call(|| {
                drop(
                    ctx.voxelize(&points, grid, VoxelMode::Occupancy)
                        .run()
                        .expect("voxelize"),
                )
            }),
        );
        line(
            "voxelize_count_500k",
            per_call(|| {
                drop(
                    ctx.voxelize(&points, grid, VoxelMode::Count)
                        .run()
                        .expect("voxelize"),
                )
            }),
        );

        let (b, s, d, t) = (4, 100, 64, 50);
        let values: Vec<f32> = (0..b * s * d).map(|i| (i % 101) as f32).collect();
        let times: Vec<f64> = (0..b * s).map(|i| (i % s) as f64 * 0.01).collect();
        let ticks: Vec<f64> = (0..b * t).map(|i| (i % t) as f64 * 0.02).collect();
        let values = ctx.upload(TensorView::new(&values, [b, s, d])?)?;
        let times = ctx.upload(TensorView::new(&times, [b, s])?)?;
        let ticks = ctx.upload(TensorView::new(&ticks, [b, t])?)?;
        line(
            "resample_4x100x64",
            per_call(|| drop(ctx.resample(&values, &times, &ticks).run().expect("resample"))),
        );
        line(
            "fuse_2_streams_4x100x64",
            per_call(|| {
                drop(
                    ctx.fuse(&ticks)
                        .stream(Stream::new(&values, &times))
                        .stream(Stream::new(&values, &times))
                        .run()
                        .expect("fuse"),
                )
            }),
        );
        ctx.synchronize()?;
        Ok(())
    }
}
