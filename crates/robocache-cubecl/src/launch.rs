//! The host side: devices, buffers, validation and kernel launches, generic
//! over the CubeCL runtime.

use std::borrow::Cow;
use std::fmt;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Arc;
use std::time::Duration;

use cubecl::prelude::*;
use cubecl::server::Handle;
use robocache_core::{
    stream_tensor_name, validate_cloud_lengths, validate_lengths, validate_source_times,
    validate_target_times, DType, Error, FusePlan, HostBuffer, HostData, InterpMode, KernelPath, Result,
    VoxelIndexer, VoxelMode, VoxelPlan, VoxelStats,
};

use crate::codec::Packing;
use crate::fault::{unexpandable_kernel, InjectedFault};
use crate::fuse::{
    check_finite_times, check_lengths, check_source_times, fuse_kernel, FuseConfig, StreamConfig,
};
use crate::voxel::{
    fill_words, finish_max, finish_mean, scatter_points, GridArgsLaunch, ScatterConfig, ScatterKind,
    POINTS_PER_UNIT, POINT_UNITS,
};

/// Units per cube of the element-wise kernels and the fusion.
const UNITS: u32 = 256;
/// Output elements a fusion cube fills: large cubes amortise the segment
/// searches, but a small output needs many cubes to occupy the GPU, so the
/// size follows the output (about 512 cubes), within these bounds. Measured
/// on the H100 (benches/RESULTS.md).
const FUSE_ELEMENTS_PER_CUBE: std::ops::RangeInclusive<usize> = 2048..=16384;
const FUSE_TARGET_CUBES: usize = 512;

/// Fixes the output elements per fusion cube instead (a tuning knob, read
/// once per process).
pub const FUSE_ELEMENTS_ENV: &str = "ROBOCACHE_FUSE_ELEMENTS_PER_CUBE";

fn fuse_elements_per_cube(output_elements: usize) -> usize {
    static FIXED: std::sync::OnceLock<Option<usize>> = std::sync::OnceLock::new();
    let fixed = FIXED.get_or_init(|| robocache_core::tuning_knob(FUSE_ELEMENTS_ENV));
    fixed.unwrap_or_else(|| {
        (output_elements / FUSE_TARGET_CUBES)
            .clamp(*FUSE_ELEMENTS_PER_CUBE.start(), *FUSE_ELEMENTS_PER_CUBE.end())
    })
}

/// Sets the idle memory each stream's pool may keep, in bytes (read once
/// per process; default: see [`GPU_CACHE_LIMIT_MIN_BYTES`]).
pub const GPU_CACHE_LIMIT_ENV: &str = "ROBOCACHE_GPU_CACHE_LIMIT_BYTES";

/// The least idle device memory (reserved by CubeCL's pool, held by no live
/// buffer) that one stream's pool keeps for reuse by default; on a large
/// device the default is an eighth of the largest page CubeCL makes, about
/// 1/32 of device memory (4.5 GB on an H200).
///
/// CubeCL gives each host thread a stream with a pool of its own and never
/// frees a pool page by itself: with shapes that change from call to call,
/// its pages fragment and the pool only grows (measured in
/// `benches/RESULTS.md`). Its pages grow with the device: on an H200 a
/// 70 MB buffer takes a 2.2 GB page. A ceiling below such a page frees the
/// page the next call needs again, so that every call pays for an
/// allocation and device memory swings by pages; an eighth of the largest
/// page keeps two of those idle.
pub const GPU_CACHE_LIMIT_MIN_BYTES: u64 = 256 << 20;

/// The idle bytes one stream's pool keeps, for a device whose largest pool
/// page is `max_page_bytes`.
fn gpu_cache_limit_bytes(max_page_bytes: u64) -> u64 {
    static FIXED: std::sync::OnceLock<Option<u64>> = std::sync::OnceLock::new();
    FIXED
        .get_or_init(|| robocache_core::tuning_knob(GPU_CACHE_LIMIT_ENV).map(|b| b as u64))
        .unwrap_or((max_page_bytes / 8).max(GPU_CACHE_LIMIT_MIN_BYTES))
}

/// Device allocations are rounded up to one of this many sizes per octave
/// (at most an eighth more than asked). With shapes that change every call,
/// exact sizes never repeat: CubeCL's wgpu runtime stages every read in a
/// pool of host buffers that it never frees and that reuses a buffer only
/// for a read no larger, so reads of ever-new sizes grew host memory
/// without end (`benches/RESULTS.md`). There a download reads the whole
/// allocation in parts whose sizes are powers of two (see
/// [`power_of_two_parts`]), so its pool meets a few sizes, all of them within
/// the first calls.
const SIZE_CLASSES_PER_OCTAVE: u32 = 8;

/// `bytes` (a multiple of four) as consecutive `(offset, length)` parts
/// whose lengths are powers of two, largest first: at most four for a size
/// from [`allocation_bytes`].
fn power_of_two_parts(bytes: u64) -> impl Iterator<Item = (u64, u64)> {
    let mut offset = 0;
    (0..u64::BITS)
        .rev()
        .filter(move |bit| bytes >> bit & 1 == 1)
        .map(move |bit| {
            let part = (offset, 1 << bit);
            offset += 1 << bit;
            part
        })
}

/// The bytes to allocate for a buffer of `bytes` (a multiple of four).
fn allocation_bytes(bytes: usize) -> usize {
    let octave = usize::BITS - 1 - bytes.max(1).leading_zeros();
    let step = 1usize << octave.saturating_sub(SIZE_CLASSES_PER_OCTAVE.ilog2());
    bytes.next_multiple_of(step.max(4))
}

/// Most output rows in one fusion cube (bounds its shared memory).
const FUSE_MAX_ROWS_PER_CUBE: usize = 64;
/// Most (row, stream) segments one fusion cube keeps in shared memory: 16 KiB,
/// the smallest workgroup memory WebGPU guarantees.
const FUSE_MAX_SLOTS: usize = 1024;

/// Reports the memory a device can still give, in bytes, when it can tell.
type FreeMemory = Arc<dyn Fn() -> Option<u64> + Send + Sync>;

/// One GPU, through one CubeCL runtime: CUDA or wgpu.
pub struct Gpu<R: Runtime> {
    client: ComputeClient<R>,
    name: String,
    backend: &'static str,
    software: bool,
    free_memory: Option<FreeMemory>,
    kernel_path: KernelPath,
    /// A fault every submission meets first (tests only).
    fault: Option<InjectedFault>,
    /// Whether a download reads the buffer's whole allocation, in parts,
    /// rather than its elements (see [`SIZE_CLASSES_PER_OCTAVE`]): on wgpu.
    reads_whole_allocations: bool,
    /// The raw-PTX kernels of a CUDA device.
    #[cfg(feature = "cuda")]
    ptx: Option<Arc<crate::ptx::PtxPath>>,
}

impl<R: Runtime> Clone for Gpu<R> {
    fn clone(&self) -> Self {
        Gpu {
            client: self.client.clone(),
            name: self.name.clone(),
            backend: self.backend,
            software: self.software,
            free_memory: self.free_memory.clone(),
            kernel_path: self.kernel_path,
            fault: self.fault,
            reads_whole_allocations: self.reads_whole_allocations,
            #[cfg(feature = "cuda")]
            ptx: self.ptx.clone(),
        }
    }
}

impl<R: Runtime> fmt::Debug for Gpu<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Gpu")
            .field("backend", &self.backend)
            .field("device", &self.name)
            .finish()
    }
}

/// A buffer in device memory: `len` elements of `dtype`, packed into 32-bit
/// words (the last word padded).
#[derive(Clone)]
pub struct GpuBuffer {
    handle: Handle,
    dtype: DType,
    len: usize,
    /// The bytes asked of the pool: the elements' words, or more (see
    /// [`allocation_bytes`]). CubeCL's handle may report more still
    /// (alignment), but its offsets count from these.
    allocated_bytes: u64,
    /// The raw device address, once a raw-PTX launch has asked for it (a
    /// live CubeCL allocation never moves).
    #[cfg(feature = "cuda")]
    address: Arc<std::sync::OnceLock<u64>>,
}

impl fmt::Debug for GpuBuffer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GpuBuffer")
            .field("dtype", &self.dtype)
            .field("len", &self.len)
            .finish()
    }
}

impl GpuBuffer {
    /// The element type.
    pub fn dtype(&self) -> DType {
        self.dtype
    }

    /// Number of elements.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the buffer holds no element.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Words the buffer spans (at least one, so every buffer can be bound).
    fn words(&self) -> usize {
        words_for(self.dtype, self.len)
    }

    fn arg<R: Runtime>(&self) -> ArrayArg<R> {
        // SAFETY: the handle was allocated with `words()` words (see
        // `Gpu::alloc` and `Gpu::upload`), so the kernel's bound checks and
        // ours see the true length.
        unsafe { ArrayArg::from_raw_parts(self.handle.clone(), self.words()) }
    }

    /// The CubeCL handle, for code that launches its own kernels on the
    /// same device memory.
    pub fn handle(&self) -> &Handle {
        &self.handle
    }

    /// The raw device address, from `look_up` the first time.
    #[cfg(feature = "cuda")]
    pub(crate) fn device_address(&self, look_up: impl FnOnce() -> Result<u64>) -> Result<u64> {
        if let Some(&address) = self.address.get() {
            return Ok(address);
        }
        let address = look_up()?;
        Ok(*self.address.get_or_init(|| address))
    }

    fn new(handle: Handle, dtype: DType, len: usize, allocated_bytes: usize) -> Self {
        GpuBuffer {
            handle,
            dtype,
            len,
            allocated_bytes: allocated_bytes as u64,
            #[cfg(feature = "cuda")]
            address: Arc::default(),
        }
    }
}

fn words_for(dtype: DType, len: usize) -> usize {
    (len * dtype.size_in_bytes()).div_ceil(4).max(1)
}

/// An operation's input: host memory (copied to the device for the call) or
/// a buffer already there.
#[derive(Debug, Clone, Copy)]
pub enum GpuInput<'a> {
    /// Caller memory on the host.
    Host(HostData<'a>),
    /// A buffer on this device, with a host copy of its values when the
    /// caller kept one (small tensors uploaded from the host), which lets
    /// validation skip the device checks.
    Device(&'a GpuBuffer, Option<HostData<'a>>),
}

impl<'a> GpuInput<'a> {
    /// The values on the host, when they are there without a download.
    fn host(&self) -> Option<HostData<'a>> {
        match *self {
            GpuInput::Host(data) => Some(data),
            GpuInput::Device(_, shadow) => shadow,
        }
    }
}

/// One stream of a fusion.
#[derive(Debug, Clone, Copy)]
pub struct GpuStream<'a> {
    /// `[B, S, D]` samples.
    pub data: GpuInput<'a>,
    /// `[B, S]` times.
    pub times: GpuInput<'a>,
    /// `[B]` lengths of ragged rows.
    pub lengths: Option<GpuInput<'a>>,
}

/// [`Error::BackendUnavailable`] for `backend`; the root crate fills in the
/// list of backends that are available.
#[cfg(any(feature = "cuda", feature = "wgpu"))]
fn unavailable(backend: &str, reason: String) -> Error {
    Error::BackendUnavailable {
        requested: backend.to_string(),
        reason,
        available: String::new(),
    }
}

/// Turns a panic inside CubeCL (it panics on device errors) into an error.
fn guarded<T>(backend: &'static str, what: &str, f: impl FnOnce() -> T) -> Result<T> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|panic| {
        let message = panic
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| panic.downcast_ref::<&str>().copied())
            .unwrap_or("unknown panic");
        // CubeCL's device handle catches a task's panic (printing it through
        // the panic hook), drops the task and panics again with this.
        let message = if message.contains("CallError") {
            "CubeCL's device thread dropped a task that panicked (expanding or compiling a \
             kernel, or allocating); the panic hook printed its message"
        } else {
            message
        };
        Error::Device {
            backend,
            message: format!("{what}: {message}"),
        }
    })
}

#[cfg(feature = "wgpu")]
impl Gpu<cubecl::wgpu::WgpuRuntime> {
    /// Opens the default wgpu adapter (Vulkan, Metal or DX12, whichever the
    /// platform uses), or [`Error::BackendUnavailable`] when there is none.
    /// The device is opened once per process; later calls share it.
    pub fn wgpu() -> Result<Self> {
        static DEFAULT: std::sync::OnceLock<Result<Gpu<cubecl::wgpu::WgpuRuntime>>> =
            std::sync::OnceLock::new();
        DEFAULT.get_or_init(Self::open_default_wgpu).clone()
    }

    fn open_default_wgpu() -> Result<Self> {
        use cubecl::wgpu::{init_setup, AutoGraphicsApi, GraphicsApi, WgpuDevice};
        let unavailable = |reason: String| unavailable("wgpu", reason);
        // CubeCL panics when it finds no adapter: look first, with the same API.
        let instance = wgpu::Instance::new(wgpu::InstanceDescriptor {
            backends: AutoGraphicsApi::backend().into(),
            ..wgpu::InstanceDescriptor::new_without_display_handle()
        });
        let adapters = pollster::block_on(instance.enumerate_adapters(AutoGraphicsApi::backend().into()));
        if adapters.is_empty() {
            return Err(unavailable(format!(
                "no {:?} adapter found",
                AutoGraphicsApi::backend()
            )));
        }
        let device = WgpuDevice::DefaultDevice;
        let setup = guarded("wgpu", "opening the adapter", || {
            init_setup::<AutoGraphicsApi>(&device, Default::default())
        })
        .map_err(|e| unavailable(e.to_string()))?;
        Ok(Self::opened_wgpu(&device, &setup.adapter.get_info(), ""))
    }

    /// Runs on a device and queue the caller already has (a Bevy or rerun
    /// app's), so that buffers can be shared with its rendering. The device
    /// should be created with the adapter's limits (`adapter.limits()`): the
    /// fusion binds three storage buffers per stream.
    pub fn from_wgpu(
        instance: wgpu::Instance,
        adapter: wgpu::Adapter,
        device: wgpu::Device,
        queue: wgpu::Queue,
    ) -> Result<Self> {
        let info = adapter.get_info();
        let setup = cubecl::wgpu::WgpuSetup {
            instance,
            adapter,
            device,
            queue,
            backend: info.backend,
        };
        let device = guarded("wgpu", "adopting the caller's device", || {
            cubecl::wgpu::init_device(setup, Default::default())
        })?;
        Ok(Self::opened_wgpu(&device, &info, ", caller's device"))
    }

    /// The handle on a device CubeCL has opened for `adapter`; `note` is
    /// appended to its name.
    fn opened_wgpu(device: &cubecl::wgpu::WgpuDevice, adapter: &wgpu::AdapterInfo, note: &str) -> Self {
        Self::with_client(
            cubecl::wgpu::WgpuRuntime::client(device),
            format!("{} ({:?}{note})", adapter.name, adapter.backend),
            "wgpu",
            adapter.device_type == wgpu::DeviceType::Cpu,
            None,
        )
    }
}

#[cfg(feature = "cuda")]
impl Gpu<cubecl::cuda::CudaRuntime> {
    /// Opens CUDA device `index`, or [`Error::BackendUnavailable`] when there
    /// is no driver or no such device. Each device is opened once per
    /// process; later calls share it.
    pub fn cuda(index: usize) -> Result<Self> {
        static OPENED: std::sync::Mutex<Vec<(usize, Result<Gpu<cubecl::cuda::CudaRuntime>>)>> =
            std::sync::Mutex::new(Vec::new());
        let mut opened = OPENED.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some((_, gpu)) = opened.iter().find(|(i, _)| *i == index) {
            return gpu.clone();
        }
        let gpu = Self::open_cuda(index);
        opened.push((index, gpu.clone()));
        gpu
    }

    fn open_cuda(index: usize) -> Result<Self> {
        use cudarc::driver::CudaContext;
        let unavailable = |reason: String| unavailable("cuda", reason);
        if !cuda_libraries_present() {
            return Err(unavailable(
                "the NVIDIA driver library (libcuda) or NVRTC was not found".to_string(),
            ));
        }
        // CubeCL panics when there is no device.
        let context = guarded("cuda", "loading the CUDA driver", || CudaContext::new(index))
            .map_err(|e| unavailable(e.to_string()))?
            .map_err(|e| unavailable(format!("no CUDA device {index}: {e}")))?;
        let name = context.name().unwrap_or_else(|_| "CUDA device".to_string());
        let (major, minor) = context
            .compute_capability()
            .map_err(|e| unavailable(e.to_string()))?;
        let free_memory: FreeMemory = Arc::new(move || {
            context.bind_to_thread().ok()?;
            cudarc::driver::result::mem_get_info()
                .ok()
                .map(|(free, _)| free as u64)
        });
        let device = cubecl::cuda::CudaDevice::new(index);
        let client = guarded("cuda", "opening the device", || {
            cubecl::cuda::CudaRuntime::client(&device)
        })
        .map_err(|e| unavailable(e.to_string()))?;
        let mut gpu = Self::with_client(
            client,
            format!("{name} (sm_{major}{minor})"),
            "cuda",
            false,
            Some(free_memory),
        );
        gpu.ptx = Some(crate::ptx::PtxPath::of_device(index));
        gpu.with_kernel_path(KernelPath::from_env()?)
    }

    /// The same device, running fusion and voxelization on `path`'s
    /// kernels. [`KernelPath::Ptx`] loads the PTX kernels now and fails if
    /// they cannot load; [`KernelPath::Auto`] reads
    /// [`robocache_core::KERNEL_PATH_ENV`] first.
    pub fn with_kernel_path(&self, path: KernelPath) -> Result<Self> {
        let path = match path {
            KernelPath::Auto => KernelPath::from_env()?,
            chosen => chosen,
        };
        if path == KernelPath::Ptx {
            if let Some(ptx) = &self.ptx {
                ptx.kernels().map_err(Clone::clone)?;
            }
        }
        Ok(Gpu {
            kernel_path: path,
            ..self.clone()
        })
    }

    pub(crate) fn ptx_path(&self) -> Option<&crate::ptx::PtxPath> {
        self.ptx.as_deref()
    }
}

/// Whether the CUDA driver and NVRTC libraries load: cudarc panics (with a
/// loud message) on first use when they do not, so look before touching it.
#[cfg(feature = "cuda")]
fn cuda_libraries_present() -> bool {
    // SAFETY: these only try to open the two shared libraries (running their
    // load-time initialisers, as any use of CUDA would) and close them again.
    unsafe { cudarc::driver::sys::is_culib_present() && cudarc::nvrtc::sys::is_culib_present() }
}

impl<R: Runtime> Gpu<R> {
    #[cfg(any(feature = "cuda", feature = "wgpu"))]
    fn with_client(
        client: ComputeClient<R>,
        name: String,
        backend: &'static str,
        software: bool,
        free_memory: Option<FreeMemory>,
    ) -> Self {
        Gpu {
            client,
            name,
            backend,
            software,
            free_memory,
            kernel_path: KernelPath::CubeCl,
            fault: None,
            reads_whole_allocations: backend == "wgpu",
            #[cfg(feature = "cuda")]
            ptx: None,
        }
    }

    /// The kernels that run fusion and voxelization: [`KernelPath::CubeCl`]
    /// on wgpu; on CUDA, as chosen at opening (see `with_kernel_path`).
    pub fn kernel_path(&self) -> KernelPath {
        self.kernel_path
    }

    /// This device as a CUDA one, for the PTX path.
    #[cfg(feature = "cuda")]
    fn as_cuda(&self) -> Option<&Gpu<cubecl::cuda::CudaRuntime>> {
        (self as &dyn std::any::Any).downcast_ref()
    }

    /// The PTX kernels, with the CUDA device, when this call runs on them.
    #[cfg(feature = "cuda")]
    fn ptx_for(
        &self,
        applies: bool,
        what: &str,
    ) -> Result<Option<(&Gpu<cubecl::cuda::CudaRuntime>, &robocache_ptx::PtxKernels)>> {
        match self.as_cuda() {
            Some(cuda) => Ok(cuda.ptx_kernels(applies, what)?.map(|kernels| (cuda, kernels))),
            None => Ok(None),
        }
    }

    /// Whether the device is a software rasterizer on the CPU (Mesa's
    /// llvmpipe): real, conformant, and slower than the CPU backend.
    pub fn is_software(&self) -> bool {
        self.software
    }

    /// The adapter or device name.
    pub fn device_name(&self) -> &str {
        &self.name
    }

    /// `cuda` or `wgpu`.
    pub fn backend(&self) -> &'static str {
        self.backend
    }

    /// The CubeCL client, for code that launches its own kernels.
    pub fn client(&self) -> &ComputeClient<R> {
        &self.client
    }

    pub(crate) fn device_error(&self, what: &str, error: impl fmt::Debug) -> Error {
        Error::Device {
            backend: self.backend,
            message: format!("{what}: {error:?}"),
        }
    }

    /// Refuses a buffer the device cannot hold, before asking for it.
    fn check_capacity(&self, dtype: DType, len: usize, what: &'static str) -> Result<()> {
        let bytes = (len as u64)
            .saturating_mul(dtype.size_in_bytes() as u64)
            .div_ceil(4)
            * 4;
        let largest = self.client.properties().memory.max_page_size;
        if bytes > largest {
            return Err(Error::OutOfMemory {
                what,
                bytes,
                available: Some(largest),
            });
        }
        if let Some(free) = self.free_memory.as_ref().and_then(|f| f()) {
            if bytes > free {
                return Err(Error::OutOfMemory {
                    what,
                    bytes,
                    available: Some(free),
                });
            }
        }
        // Kernels index elements with 32-bit integers (CubeCL's default
        // address type, and what WGSL has).
        if len > u32::MAX as usize {
            return Err(Error::TooLarge {
                what,
                needed: len as u64,
                unit: "elements in one GPU buffer",
                limit: u32::MAX.into(),
            });
        }
        Ok(())
    }

    /// An uninitialised buffer of `len` elements.
    pub fn alloc(&self, dtype: DType, len: usize, what: &'static str) -> Result<GpuBuffer> {
        self.check_capacity(dtype, len, what)?;
        // `check_capacity` let the exact size fit the largest page: so does this.
        let largest = self.client.properties().memory.max_page_size as usize;
        let bytes = allocation_bytes(words_for(dtype, len) * 4).min(largest);
        let handle = guarded(self.backend, what, || self.client.empty(bytes))?;
        Ok(GpuBuffer::new(handle, dtype, len, bytes))
    }

    /// A buffer of `len` elements whose words all hold `word`.
    fn filled(&self, dtype: DType, len: usize, word: u32, what: &'static str) -> Result<GpuBuffer> {
        let buffer = self.alloc(dtype, len, what)?;
        self.fill(&buffer, word)?;
        Ok(buffer)
    }

    fn fill(&self, buffer: &GpuBuffer, word: u32) -> Result<()> {
        let words = buffer.words();
        let (count, dim) = self.elementwise(words);
        // SAFETY: the kernel writes only words below `words`, the buffer's length.
        guarded(self.backend, "filling a buffer", || unsafe {
            fill_words::launch_unchecked::<R>(&self.client, count, dim, buffer.arg(), word, words as u32)
        })
    }

    /// Copies host data to a new device buffer.
    pub fn upload(&self, data: HostData<'_>, what: &'static str) -> Result<GpuBuffer> {
        self.submit(what, || self.write(data, what))
    }

    /// Queues the copy of host data to a new device buffer; inside a
    /// submission, whose flush releases CubeCL's copy of the data.
    fn write(&self, data: HostData<'_>, what: &'static str) -> Result<GpuBuffer> {
        let bytes = data.as_bytes();
        self.check_capacity(data.dtype(), data.len(), what)?;
        let words = words_for(data.dtype(), data.len());
        let handle = if bytes.len() == words * 4 {
            guarded(self.backend, what, || self.client.create_from_slice(bytes))?
        } else {
            let mut padded = vec![0u8; words * 4];
            padded[..bytes.len()].copy_from_slice(bytes);
            guarded(self.backend, what, || self.client.create_from_slice(&padded))?
        };
        Ok(GpuBuffer::new(handle, data.dtype(), data.len(), words * 4))
    }

    /// Copies a device buffer to the host (waits for the work that writes it).
    pub fn download(&self, buffer: &GpuBuffer, what: &'static str) -> Result<HostBuffer> {
        if self.reads_whole_allocations {
            let whole = buffer.allocated_bytes;
            let parts = power_of_two_parts(whole)
                .map(|(at, len)| {
                    buffer
                        .handle
                        .clone()
                        .offset_start(at)
                        .offset_end(whole - at - len)
                })
                .collect();
            let parts = guarded(self.backend, what, || {
                pollster::block_on(self.client.read_async(parts))
            })?
            .map_err(|e| self.device_error(what, e))?;
            let parts: Vec<&[u8]> = parts.iter().map(|part| &part[..]).collect();
            return HostBuffer::from_byte_parts(buffer.dtype, buffer.len, &parts, what);
        }
        let words = [buffer.words() * 4].into();
        let descriptor = buffer.handle.clone().copy_descriptor(words, [1].into(), 1);
        let bytes = guarded(self.backend, what, || {
            pollster::block_on(self.client.read_one_tensor_async(descriptor))
        })?
        .map_err(|e| self.device_error(what, e))?;
        HostBuffer::from_bytes(buffer.dtype, buffer.len, &bytes, what)
    }

    /// Gives the device's idle cached memory back (CubeCL keeps freed
    /// buffers for reuse), in the memory pool of the calling thread's
    /// stream: CubeCL gives each host thread a stream with a pool of its own.
    pub fn release_cached_memory(&self) {
        self.client.memory_cleanup();
        // CubeCL's CUDA storage frees the pages a cleanup released only when
        // the stream is flushed.
        let _ = self.client.flush();
    }

    /// Frees the calling thread's pool pages that no live buffer uses once
    /// the pool holds more idle memory than its ceiling
    /// ([`GPU_CACHE_LIMIT_MIN_BYTES`], or [`GPU_CACHE_LIMIT_ENV`]). Pages that
    /// live buffers share stay, so the pool holds at most the pages its live
    /// buffers touch plus the ceiling.
    fn keep_cache_under_its_ceiling(&self) -> Result<()> {
        let usage = self
            .client
            .memory_usage()
            .map_err(|e| self.device_error("reading the memory pool's usage", e))?;
        let limit = gpu_cache_limit_bytes(self.client.properties().memory.max_page_size);
        if usage.bytes_reserved.saturating_sub(usage.bytes_in_use) > limit {
            // The pages go at the flush that ends the submission.
            self.client.memory_cleanup();
        }
        Ok(())
    }

    /// Bytes the device's memory pool holds beyond what live buffers use.
    pub fn cached_bytes(&self) -> u64 {
        self.client
            .memory_usage()
            .map_or(0, |usage| usage.bytes_reserved.saturating_sub(usage.bytes_in_use))
    }

    /// Runs the CubeCL side of one operation (`work`: its allocations,
    /// uploads and launches) on CubeCL's device thread, then flushes the
    /// stream.
    ///
    /// Two things depend on this:
    /// - **Faults are errors of the call.** CubeCL runs its tasks on a device
    ///   thread and, when one panics (a kernel that fails to expand, an
    ///   allocation the pool cannot make), logs it and drops the task: a
    ///   caller that queued it would never know, and would read zeros.
    ///   Inside `exclusive` the same tasks run inline, so their panics
    ///   unwind into `guarded` here. Errors CubeCL records on the stream
    ///   instead (a failed launch, a driver error) come back from the flush.
    /// - **Uploads are released.** CubeCL keeps the host copy of each upload
    ///   until the second flush after it, and flushes by itself only when it
    ///   launches one of its own kernels with 64 uploads pending. A call on
    ///   the PTX path launches none, so without this flush every upload's
    ///   host copy was kept for the life of the process (issue: "Runs for
    ///   days"). With it, a call's copies live until the next call's flush.
    fn submit<T: Send + 'static>(
        &self,
        what: &'static str,
        work: impl FnOnce() -> Result<T> + Send,
    ) -> Result<T> {
        let backend = self.backend;
        let outcome = self.client.exclusive(|| {
            let result = guarded(backend, what, || {
                self.meet_injected_fault()?;
                let value = work()?;
                self.keep_cache_under_its_ceiling()?;
                Ok(value)
            })
            .and_then(|r| r);
            // Flush whatever `work` queued, failed or not, so that nothing it
            // staged stays behind.
            let flushed = self.client.flush();
            result.and_then(|value| flushed.map(|()| value).map_err(|e| self.device_error(what, e)))
        });
        outcome.unwrap_or_else(|e| Err(self.device_error(what, e)))
    }

    /// The same device, with a fault that every later submission meets
    /// before its work: for tests that show faults becoming typed errors.
    #[doc(hidden)]
    pub fn with_injected_fault(&self, fault: InjectedFault) -> Self {
        Gpu {
            fault: Some(fault),
            ..self.clone()
        }
    }

    /// Queues the injected fault, if any, the way a real one would arise.
    fn meet_injected_fault(&self) -> Result<()> {
        match self.fault {
            None => {}
            Some(InjectedFault::UnexpandableKernel) => {
                let out = self.alloc(DType::U32, 1, "an injected fault's output")?;
                // SAFETY: the kernel writes one word of a one-word buffer
                // (it never gets that far: its expansion panics).
                unsafe {
                    unexpandable_kernel::launch_unchecked::<R>(
                        &self.client,
                        CubeCount::Static(1, 1, 1),
                        CubeDim::new_1d(1),
                        out.arg(),
                    )
                }
            }
            Some(InjectedFault::AllocationBeyondDevice) => {
                let device_bytes = self.client.properties().memory.max_page_size;
                drop(self.client.empty((device_bytes as usize).saturating_mul(64)));
            }
        }
        Ok(())
    }

    /// Waits until all queued work has finished.
    pub fn sync(&self) -> Result<()> {
        pollster::block_on(self.client.sync()).map_err(|e| self.device_error("synchronising", e))
    }

    /// Runs `work` and returns what it returned with CubeCL's profile of it:
    /// on CUDA (CubeCL 0.10) host time between a synchronisation before and
    /// after `work`; on wgpu, timestamp queries where the adapter has them.
    pub fn profile<T: Send + 'static>(&self, work: impl FnOnce() -> T + Send) -> Result<(T, Duration)> {
        let (value, duration) = self
            .client
            .profile(work, "robocache")
            .map_err(|e| self.device_error("profiling", e))?;
        let ticks = pollster::block_on(duration.into_future());
        Ok((value, ticks.duration()))
    }

    /// A one-dimensional launch over `n` units, laid out for `linear_unit`.
    fn elementwise(&self, n: usize) -> (CubeCount, CubeDim) {
        (self.cube_grid(n.div_ceil(UNITS as usize)), CubeDim::new_1d(UNITS))
    }

    /// `cubes` cubes as an (x, y) grid, for kernels that read `linear_cube`.
    fn cube_grid(&self, cubes: usize) -> CubeCount {
        let max_x = self
            .client
            .properties()
            .hardware
            .max_cube_count
            .0
            .clamp(1, 65_535) as usize;
        let x = cubes.clamp(1, max_x);
        CubeCount::Static(x as u32, cubes.div_ceil(x).max(1) as u32, 1)
    }

    /// The input on the device: a device buffer as is, host data uploaded.
    fn on_device<'a>(&self, input: GpuInput<'a>, what: &'static str) -> Result<Cow<'a, GpuBuffer>> {
        match input {
            GpuInput::Device(buffer, _) => Ok(Cow::Borrowed(buffer)),
            GpuInput::Host(data) => self.write(data, what).map(Cow::Owned),
        }
    }

    /// The input on the host: host data or a shadow as is, else downloaded.
    fn on_host<'a>(&self, input: GpuInput<'a>, what: &'static str) -> Result<HostView<'a>> {
        match input {
            GpuInput::Host(data) | GpuInput::Device(_, Some(data)) => Ok(HostView::Borrowed(data)),
            GpuInput::Device(buffer, None) => self.download(buffer, what).map(HostView::Owned),
        }
    }

    /// A one-word status buffer holding `word`.
    fn status(&self, word: u32) -> Result<GpuBuffer> {
        self.write(HostData::from(&[word][..]), "a status word")
    }

    fn read_words(&self, buffer: &GpuBuffer, what: &'static str) -> Result<Vec<u32>> {
        let host = self.download(buffer, what)?;
        host.into_vec::<u32>()
            .map_err(|_| self.device_error(what, "not a u32 buffer"))
    }

    /// Resamples and fuses `streams` at `targets` in one kernel launch.
    ///
    /// Host inputs are validated on the host and copied for the call; device
    /// inputs are validated by small check kernels, and when one finds a bad
    /// value the inputs are read back and the CPU's validators name it, so
    /// every backend reports the same error.
    pub fn fuse(
        &self,
        plan: &FusePlan,
        streams: &[GpuStream<'_>],
        targets: GpuInput<'_>,
    ) -> Result<(GpuBuffer, Option<GpuBuffer>)> {
        if streams.len() != plan.streams.len() {
            return Err(self.device_error("fusion", "stream count differs from the plan"));
        }
        // Times and lengths all readable on the host: validate there, exactly
        // as the CPU backend does. Otherwise check kernels look at every one
        // on the device, and a flag sends us back to the host validators.
        let on_host = streams
            .iter()
            .flat_map(|s| [Some(s.times), s.lengths])
            .flatten()
            .chain([targets])
            .all(|i| i.host().is_some());
        if on_host {
            self.validate_fusion_on_host(plan, streams, targets)?;
        }
        self.submit("the fusion", || {
            self.enqueue_fusion(plan, streams, targets, on_host)
        })
    }

    /// The device side of [`Gpu::fuse`], run inside its submission.
    fn enqueue_fusion(
        &self,
        plan: &FusePlan,
        streams: &[GpuStream<'_>],
        targets: GpuInput<'_>,
        on_host: bool,
    ) -> Result<(GpuBuffer, Option<GpuBuffer>)> {
        let config = fuse_config(plan);
        let rows = plan.batch * plan.targets;
        let values = self.alloc(plan.out_dtype, plan.output_len()?, "the resampled output")?;
        let valid = if plan.validity {
            Some(self.alloc(DType::U8, rows * plan.streams.len(), "the validity mask")?)
        } else {
            None
        };
        if rows == 0 {
            return Ok((values, valid));
        }

        let mut data = Vec::with_capacity(streams.len());
        let mut times = Vec::with_capacity(streams.len());
        let mut lengths = Vec::new();
        for stream in streams {
            data.push(self.on_device(stream.data, "stream samples")?);
            times.push(self.on_device(stream.times, "stream times")?);
            if let Some(l) = stream.lengths {
                lengths.push(self.on_device(l, "stream lengths")?);
            }
        }
        let targets_on_device = self.on_device(targets, "target times")?;

        let status = if on_host {
            None
        } else {
            Some(self.launch_fusion_checks(plan, &times, &lengths, &targets_on_device)?)
        };

        #[cfg(feature = "cuda")]
        if let Some((cuda, kernels)) =
            self.ptx_for(robocache_ptx::PtxKernels::fuse_applies(plan), "fusion")?
        {
            let mut ragged = lengths.iter();
            let buffers = crate::ptx::FusionBuffers {
                data: data.iter().map(|d| &**d).collect(),
                times: times.iter().map(|t| &**t).collect(),
                lengths: plan
                    .streams
                    .iter()
                    .map(|s| s.ragged.then(|| ragged.next().map(|l| &**l)).flatten())
                    .collect(),
                targets: &targets_on_device,
                values: &values,
                valid: valid.as_ref(),
            };
            cuda.fuse_on_ptx(kernels, plan, &buffers)?;
            self.check_fusion_status(status, plan, streams, targets)?;
            return Ok((values, valid));
        }

        let bindings = 3 + 2 * streams.len() + streams.iter().filter(|s| s.lengths.is_some()).count();
        let max_bindings = self.client.properties().hardware.max_bindings as usize;
        if bindings > max_bindings {
            return Err(Error::TooLarge {
                what: "the streams of one fusion on this device",
                needed: bindings as u64,
                unit: "storage buffers",
                limit: max_bindings as u64,
            });
        }
        if config.rows_per_cube * streams.len() > FUSE_MAX_SLOTS {
            return Err(Error::TooLarge {
                what: "the streams of one GPU fusion",
                needed: streams.len() as u64,
                unit: "streams",
                limit: (FUSE_MAX_SLOTS / config.rows_per_cube) as u64,
            });
        }

        let groups = rows.div_ceil(config.rows_per_cube);
        let dummy_valid;
        let valid_arg = match &valid {
            Some(v) => v,
            None => {
                dummy_valid = self.alloc(DType::U32, 1, "an unused validity mask")?;
                &dummy_valid
            }
        };
        let mut data_args = SequenceArg::new();
        let mut time_args = SequenceArg::new();
        let mut length_args = SequenceArg::new();
        let mut samples = SequenceArg::new();
        let mut features = SequenceArg::new();
        let mut offsets = SequenceArg::new();
        let mut tolerances = SequenceArg::new();
        for (k, s) in plan.streams.iter().enumerate() {
            data_args.push(data[k].arg());
            time_args.push(times[k].arg());
            samples.push(s.samples as u32);
            features.push(s.features as u32);
            offsets.push(s.offset as u32);
            tolerances.push(s.tolerance.unwrap_or(0.0) as f32);
        }
        for l in &lengths {
            length_args.push(l.arg());
        }
        let count = self.cube_grid(groups);
        // SAFETY: every index the kernel forms is bounded by the plan's
        // shapes, which match the buffers (checked by the plan and the
        // tensors' shapes), and ragged lengths are clamped to `[1, S]`.
        guarded(self.backend, "launching the fusion", || unsafe {
            fuse_kernel::launch_unchecked::<R>(
                &self.client,
                count,
                CubeDim::new_1d(UNITS),
                data_args,
                time_args,
                length_args,
                targets_on_device.arg(),
                values.arg(),
                valid_arg.arg(),
                samples,
                features,
                offsets,
                tolerances,
                rows as u32,
                plan.targets as u32,
                plan.width as u32,
                groups as u32,
                config,
            )
        })?;

        self.check_fusion_status(status, plan, streams, targets)?;
        Ok((values, valid))
    }

    /// Reads the device checks' status word; when one flagged a value, the
    /// host validators name it.
    fn check_fusion_status(
        &self,
        status: Option<GpuBuffer>,
        plan: &FusePlan,
        streams: &[GpuStream<'_>],
        targets: GpuInput<'_>,
    ) -> Result<()> {
        if let Some(status) = status {
            if self.read_words(&status, "the input checks")?[0] != 0 {
                self.validate_fusion_on_host(plan, streams, targets)?;
                return Err(self.device_error(
                    "input checks",
                    "a check kernel flagged a value the host validators accept",
                ));
            }
        }
        Ok(())
    }

    /// Launches the checks of the device-resident times and lengths; returns
    /// the status word they set.
    fn launch_fusion_checks(
        &self,
        plan: &FusePlan,
        times: &[Cow<'_, GpuBuffer>],
        lengths: &[Cow<'_, GpuBuffer>],
        targets: &GpuBuffer,
    ) -> Result<GpuBuffer> {
        let status = self.status(0)?;
        let no_lengths = self.status(0)?;
        let mut ragged = 0;
        for (k, s) in plan.streams.iter().enumerate() {
            let stream_lengths = s.ragged.then(|| {
                ragged += 1;
                &lengths[ragged - 1]
            });
            if let Some(l) = stream_lengths {
                self.check_lengths(l, &status, 1..=s.samples)?;
            }
            let n = plan.batch * s.samples;
            let (count, dim) = self.elementwise(n);
            // A stream without lengths binds a stand-in the kernel never reads.
            let lengths_arg = stream_lengths.map_or(&no_lengths, |l| &**l).arg();
            // SAFETY: reads `batch * samples` times, and `batch` lengths when ragged.
            guarded(self.backend, "checking times", || unsafe {
                check_source_times::launch_unchecked::<R>(
                    &self.client,
                    count,
                    dim,
                    times[k].arg(),
                    lengths_arg,
                    status.arg(),
                    plan.batch as u32,
                    s.samples as u32,
                    s.time_dtype == DType::F64,
                    stream_lengths.is_some(),
                )
            })?;
        }
        let n = plan.batch * plan.targets;
        let (count, dim) = self.elementwise(n);
        // SAFETY: reads `batch * targets` times, the buffer's length.
        guarded(self.backend, "checking target times", || unsafe {
            check_finite_times::launch_unchecked::<R>(
                &self.client,
                count,
                dim,
                targets.arg(),
                status.arg(),
                n as u32,
                plan.target_dtype == DType::F64,
            )
        })?;
        Ok(status)
    }

    /// Sets `status` to 1 if any of the `lengths` lies outside `allowed`.
    fn check_lengths(
        &self,
        lengths: &GpuBuffer,
        status: &GpuBuffer,
        allowed: std::ops::RangeInclusive<usize>,
    ) -> Result<()> {
        let rows = lengths.len();
        let (count, dim) = self.elementwise(rows);
        // SAFETY: reads the buffer's `rows` lengths and writes one status word.
        guarded(self.backend, "checking lengths", || unsafe {
            check_lengths::launch_unchecked::<R>(
                &self.client,
                count,
                dim,
                lengths.arg(),
                status.arg(),
                rows as u32,
                *allowed.start() as u32,
                *allowed.end() as u32,
            )
        })
    }

    /// The CPU backend's checks, in its order, on host copies of the inputs.
    fn validate_fusion_on_host(
        &self,
        plan: &FusePlan,
        streams: &[GpuStream<'_>],
        targets: GpuInput<'_>,
    ) -> Result<()> {
        for (k, (stream, s)) in streams.iter().zip(&plan.streams).enumerate() {
            let error_stream = plan.error_stream(k);
            let lengths = match stream.lengths {
                Some(l) => Some(self.on_host(l, "stream lengths")?),
                None => None,
            };
            let lengths = match &lengths {
                Some(view) => Some(view.u32s(&stream_tensor_name(plan.single, k, "lengths"))?),
                None => None,
            };
            if let Some(lengths) = lengths {
                validate_lengths(
                    lengths,
                    s.samples,
                    error_stream,
                    &stream_tensor_name(plan.single, k, "lengths"),
                )?;
            }
            let times = self.on_host(stream.times, "stream times")?;
            validate_source_times(
                &times.f64s(&stream_tensor_name(plan.single, k, "times"))?,
                s.samples,
                lengths,
                error_stream,
            )?;
        }
        let targets = self.on_host(targets, "target times")?;
        validate_target_times(&targets.f64s("tgt_times")?, plan.targets)
    }

    /// Voxelizes one or a batch of clouds; returns the grid and per-cloud
    /// kept/dropped counts.
    pub fn voxelize(
        &self,
        plan: &VoxelPlan,
        points: GpuInput<'_>,
        features: Option<GpuInput<'_>>,
        lengths: Option<GpuInput<'_>>,
    ) -> Result<(GpuBuffer, Vec<VoxelStats>)> {
        if let Some(data) = lengths.and_then(|l| l.host()) {
            let lengths = HostView::Borrowed(data);
            validate_cloud_lengths(lengths.u32s("lengths")?, plan.points_per_cloud)?;
        }
        self.submit("the voxelization", || {
            self.enqueue_voxelization(plan, points, features, lengths)
        })
    }

    /// The device side of [`Gpu::voxelize`], run inside its submission.
    fn enqueue_voxelization(
        &self,
        plan: &VoxelPlan,
        points: GpuInput<'_>,
        features: Option<GpuInput<'_>>,
        lengths: Option<GpuInput<'_>>,
    ) -> Result<(GpuBuffer, Vec<VoxelStats>)> {
        let clouds = plan.clouds();
        let mode = plan.mode;
        let width = plan.features;
        let out_dtype = mode.output_dtype();
        let points_buffer = self.on_device(points, "points")?;
        let features_buffer = match (features, mode.needs_features()) {
            (Some(f), true) => Some(self.on_device(f, "features")?),
            _ => None,
        };
        let lengths_buffer = match lengths {
            Some(l) => Some(self.on_device(l, "lengths")?),
            None => None,
        };
        let length_status = self.check_device_lengths(plan, lengths, lengths_buffer.as_deref())?;

        #[cfg(feature = "cuda")]
        if let Some((cuda, kernels)) =
            self.ptx_for(robocache_ptx::PtxKernels::voxelize_applies(plan), "voxelization")?
        {
            // The PTX kernels zero or write every voxel themselves.
            let voxels = self.alloc(out_dtype, plan.output_len()?, "the voxel grid")?;
            let words = cuda.voxelize_on_ptx(
                kernels,
                plan,
                &points_buffer,
                features_buffer.as_deref(),
                lengths_buffer.as_deref(),
                &voxels,
            )?;
            let stats = self.voxel_outcome(plan, features, lengths, length_status, &words)?;
            return Ok((voxels, stats));
        }
        let voxels = self.filled(out_dtype, plan.output_len()?, 0, "the voxel grid")?;
        // Per cloud: kept, out of grid, non-finite; then the first bad
        // feature slot (see `scatter_points`).
        let stats = self.filled(DType::U32, 3 * clouds + 1, 0, "the voxel statistics")?;

        let per_cube = (POINT_UNITS * POINTS_PER_UNIT) as usize;
        let cubes_per_cloud = plan.points_per_cloud.div_ceil(per_cube).max(1);
        let grid = plan.grid;
        let indexer = VoxelIndexer::new(&grid);
        let limit = indexer.limits();
        let inv = grid.inv_voxel_size();
        let grid_args = || {
            GridArgsLaunch::new(
                grid.origin[0],
                grid.origin[1],
                grid.origin[2],
                inv[0],
                inv[1],
                inv[2],
                limit[0],
                limit[1],
                limit[2],
                grid.dims[1] as u32,
                grid.dims[2] as u32,
                plan.voxels_per_cloud as u32,
                plan.points_per_cloud as u32,
                width as u32,
                cubes_per_cloud as u32,
                clouds as u32,
            )
        };
        let unused = self.status(0)?;
        let features_arg = || features_buffer.as_deref().unwrap_or(&unused).arg();
        let lengths_arg = || lengths_buffer.as_deref().unwrap_or(&unused).arg();
        let total = plan.total_voxels() * plan.values_per_voxel();
        let count = self.cube_grid(cubes_per_cloud * clouds);
        let scatter = |kind: ScatterKind, aux: &GpuBuffer, first: bool| {
            let config = ScatterConfig {
                kind,
                ragged: lengths_buffer.is_some(),
                stats: first,
            };
            // SAFETY: point slots stay below `clouds * points_per_cloud`
            // (lengths are clamped to it), voxel indices below the grid's
            // voxel count (the range test), feature indices below
            // `slots * width`; the buffers hold that many.
            guarded(self.backend, "launching the voxelization", || unsafe {
                scatter_points::launch_unchecked::<R>(
                    &self.client,
                    count.clone(),
                    CubeDim::new_1d(POINT_UNITS),
                    points_buffer.arg(),
                    features_arg(),
                    lengths_arg(),
                    voxels.arg(),
                    aux.arg(),
                    stats.arg(),
                    grid_args(),
                    config,
                )
            })
        };
        match mode {
            VoxelMode::Count => scatter(ScatterKind::Count, &unused, true)?,
            VoxelMode::Occupancy => scatter(ScatterKind::Occupancy, &unused, true)?,
            VoxelMode::Max => {
                scatter(ScatterKind::Max, &unused, true)?;
                let (count, dim) = self.elementwise(total);
                // SAFETY: touches the `total` words of the grid.
                guarded(self.backend, "finishing the maxima", || unsafe {
                    finish_max::launch_unchecked::<R>(&self.client, count, dim, voxels.arg(), total as u32)
                })?;
            }
            VoxelMode::Mean => {
                let counts = self.filled(DType::U32, plan.total_voxels(), 0, "the voxel counts")?;
                scatter(ScatterKind::MeanScale, &counts, true)?;
                let sums = self.filled(DType::U32, 2 * total, 0, "the voxel sums")?;
                scatter(ScatterKind::MeanSum, &sums, false)?;
                let (count, dim) = self.elementwise(total);
                // SAFETY: touches `total` words of the grid, `total / width`
                // counts and `2 * total` sum words.
                guarded(self.backend, "finishing the means", || unsafe {
                    finish_mean::launch_unchecked::<R>(
                        &self.client,
                        count,
                        dim,
                        voxels.arg(),
                        counts.arg(),
                        sums.arg(),
                        total as u32,
                        width as u32,
                    )
                })?;
            }
        }

        let words = self.read_words(&stats, "the voxel statistics")?;
        let stats = self.voxel_outcome(plan, features, lengths, length_status, &words)?;
        Ok((voxels, stats))
    }

    /// Launches the check of device-resident cloud lengths (host ones were
    /// validated already); returns its status word.
    fn check_device_lengths(
        &self,
        plan: &VoxelPlan,
        lengths: Option<GpuInput<'_>>,
        on_device: Option<&GpuBuffer>,
    ) -> Result<Option<GpuBuffer>> {
        match (on_device, lengths.is_some_and(|l| l.host().is_none())) {
            (Some(l), true) => {
                let status = self.status(0)?;
                self.check_lengths(l, &status, 0..=plan.points_per_cloud)?;
                Ok(Some(status))
            }
            _ => Ok(None),
        }
    }

    /// The per-cloud statistics from the kernels' words, or the error a
    /// device check or a bad feature calls for.
    fn voxel_outcome(
        &self,
        plan: &VoxelPlan,
        features: Option<GpuInput<'_>>,
        lengths: Option<GpuInput<'_>>,
        length_status: Option<GpuBuffer>,
        words: &[u32],
    ) -> Result<Vec<VoxelStats>> {
        if let Some(status) = length_status {
            if self.read_words(&status, "the length check")?[0] != 0 {
                let host = self.on_host(lengths.expect("device lengths were given"), "lengths")?;
                validate_cloud_lengths(host.u32s("lengths")?, plan.points_per_cloud)?;
                return Err(self.device_error("length check", "flagged lengths the host accepts"));
            }
        }
        let clouds = plan.clouds();
        let bad_slot = words[3 * clouds];
        if bad_slot != 0 {
            return Err(self.bad_feature(plan, features, (u32::MAX - bad_slot) as usize));
        }
        Ok(words[..3 * clouds]
            .chunks_exact(3)
            .map(|c| VoxelStats {
                kept: c[0].into(),
                out_of_grid: c[1].into(),
                non_finite: c[2].into(),
            })
            .collect())
    }

    /// The error for the first kept point with a non-finite feature, as the
    /// CPU backend words it.
    fn bad_feature(&self, plan: &VoxelPlan, features: Option<GpuInput<'_>>, slot: usize) -> Error {
        let width = plan.features;
        let row = features
            .map(|f| self.on_host(f, "features"))
            .transpose()
            .ok()
            .flatten()
            .and_then(|host| {
                host.as_data()
                    .as_slice::<f32>()
                    .map(|v| v[slot * width..(slot + 1) * width].to_vec())
            })
            .unwrap_or_default();
        let feature = row.iter().position(|x| !x.is_finite()).unwrap_or(0);
        let nmax = plan.points_per_cloud;
        Error::NonFiniteFeature {
            cloud: plan.error_cloud(slot / nmax),
            point: slot % nmax,
            feature,
            value: row.get(feature).copied().unwrap_or(f32::NAN),
        }
    }
}

/// Host data, borrowed from the caller or downloaded.
enum HostView<'a> {
    Borrowed(HostData<'a>),
    Owned(HostBuffer),
}

impl HostView<'_> {
    fn as_data(&self) -> HostData<'_> {
        match self {
            HostView::Borrowed(data) => *data,
            HostView::Owned(buffer) => buffer.view(),
        }
    }

    fn u32s(&self, tensor: &str) -> Result<&[u32]> {
        let data = self.as_data();
        data.as_slice::<u32>().ok_or(Error::DTypeMismatch {
            tensor: tensor.to_string(),
            expected: "u32",
            actual: data.dtype(),
        })
    }

    fn f64s(&self, tensor: &str) -> Result<Cow<'_, [f64]>> {
        match self.as_data() {
            HostData::F64(t) => Ok(Cow::Borrowed(t)),
            HostData::F32(t) => Ok(Cow::Owned(t.iter().map(|&x| f64::from(x)).collect())),
            other => Err(Error::DTypeMismatch {
                tensor: tensor.to_string(),
                expected: "f64 or f32",
                actual: other.dtype(),
            }),
        }
    }
}

fn packing(dtype: DType) -> Packing {
    match dtype {
        DType::F16 => Packing::F16,
        DType::BF16 => Packing::BF16,
        _ => Packing::F32,
    }
}

/// The kernel configuration of a plan: modes and types fixed at compile
/// time, shapes left to run time so that one compiled kernel serves every
/// batch size and length.
fn fuse_config(plan: &FusePlan) -> FuseConfig {
    let mut ragged = 0;
    let streams = plan
        .streams
        .iter()
        .map(|s| StreamConfig {
            mode: s.mode,
            packing: packing(s.dtype),
            f64_times: s.time_dtype == DType::F64,
            lengths_slot: s.ragged.then(|| {
                ragged += 1;
                ragged - 1
            }),
            tolerance: s.tolerance.is_some(),
        })
        .collect::<Vec<_>>();
    let out = packing(plan.out_dtype);
    let k = streams.len();
    // Groups must start on a word boundary of the output and of the mask.
    let rows_for_output = if out.per_word() == 2 && plan.width % 2 == 1 {
        2
    } else {
        1
    };
    let rows_for_mask = if plan.validity { 4 / gcd(k, 4) } else { 1 };
    let granule = rows_for_output.max(rows_for_mask); // both are powers of two
    let elements = plan.batch * plan.targets * plan.width;
    let wanted = (fuse_elements_per_cube(elements) / plan.width.max(1)).clamp(1, FUSE_MAX_ROWS_PER_CUBE);
    let mut rows_per_cube = prev_power_of_two(wanted).max(granule);
    while rows_per_cube > granule && rows_per_cube * k > FUSE_MAX_SLOTS {
        rows_per_cube /= 2;
    }
    let paired =
        out.per_word() == 2
            && plan.streams.iter().zip(&streams).all(|(s, k)| {
                k.packing.per_word() == 2 && k.mode != InterpMode::Slerp && s.features % 2 == 0
            });
    FuseConfig {
        streams,
        paired,
        f64_targets: plan.target_dtype == DType::F64,
        out_packing: out,
        validity: plan.validity,
        rows_per_cube,
    }
}

fn gcd(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

fn prev_power_of_two(n: usize) -> usize {
    1 << (usize::BITS - 1 - n.max(1).leading_zeros())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allocation_sizes_come_from_eight_per_octave() {
        assert_eq!(allocation_bytes(4), 4);
        assert_eq!(allocation_bytes(36), 36);
        for exact in (4..1 << 22).step_by(4 * 997) {
            let rounded = allocation_bytes(exact);
            assert!(rounded >= exact && rounded % 4 == 0, "{exact} -> {rounded}");
            assert!(rounded as f64 <= exact as f64 * 1.125, "{exact} -> {rounded}");
        }
        let classes: std::collections::BTreeSet<_> =
            ((1 << 20)..(1 << 21)).step_by(4).map(allocation_bytes).collect();
        assert_eq!(classes.len(), 8 + 1, "{classes:?}");
    }

    #[test]
    fn an_allocation_reads_in_at_most_four_power_of_two_parts() {
        for exact in (4..1 << 24).step_by(4 * 9973) {
            let whole = allocation_bytes(exact) as u64;
            let parts: Vec<_> = power_of_two_parts(whole).collect();
            assert!(parts.len() <= 4, "{whole}: {parts:?}");
            let mut next = 0;
            for &(at, len) in &parts {
                assert_eq!(at, next, "{whole}: {parts:?}");
                assert!(len.is_power_of_two() && len >= 4, "{whole}: {parts:?}");
                next += len;
            }
            assert_eq!(next, whole);
        }
    }
}
