//! A GPU through one CubeCL runtime: opening it, its memory, and the
//! submission every operation runs in. The operations' own host code lives
//! beside their kernels (`fuse`, `voxel`).

use std::borrow::Cow;
use std::fmt;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Arc;
use std::time::Duration;

use cubecl::prelude::*;
use robocache_core::{DType, Error, HostBuffer, HostData, KernelPath, Result};

use crate::buffer::{allocation_bytes, read_parts, words_for, GpuBuffer, GpuInput, Shadow};
use crate::codec::Packing;
use crate::fault::{unexpandable_kernel, InjectedFault};
use crate::voxel::kernel::{fill_words, FILL_WORDS_PER_UNIT};

// A submission's hold on a caller's CUDA stream (`Gpu::submit`); none
// exists without the CUDA runtime.
#[cfg(feature = "cuda")]
use crate::caller_stream::JoinedStream;
#[cfg(not(feature = "cuda"))]
type JoinedStream = std::convert::Infallible;

/// Units per cube of the element-wise kernels and the fusion.
pub(crate) const UNITS: u32 = 256;

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

/// Requests of at least this many bytes are checked against the driver's
/// count of free device memory before they are made.
const FREE_MEMORY_QUERY_MIN_BYTES: u64 = 64 << 20;

/// The idle bytes one stream's pool keeps, for a device whose largest pool
/// page is `max_page_bytes`.
fn gpu_cache_limit_bytes(max_page_bytes: u64) -> u64 {
    static FIXED: std::sync::OnceLock<Option<u64>> = std::sync::OnceLock::new();
    FIXED
        .get_or_init(|| robocache_core::tuning_knob(GPU_CACHE_LIMIT_ENV).map(|b| b as u64))
        .unwrap_or((max_page_bytes / 8).max(GPU_CACHE_LIMIT_MIN_BYTES))
}

/// Waits for words read back from the device (see `Gpu::read_words_later`):
/// one vector per buffer read.
pub(crate) type WordsLater = Box<dyn FnOnce() -> Result<Vec<Vec<u32>>> + Send>;

/// Reports the memory a device can still give, in bytes, when it can tell.
type FreeMemory = Arc<dyn Fn() -> Option<u64> + Send + Sync>;

/// One GPU, through one CubeCL runtime: CUDA or wgpu.
pub struct Gpu<R: Runtime> {
    pub(crate) client: ComputeClient<R>,
    /// The same client, for devices opened once per process (every CUDA
    /// device, the default wgpu adapter): a read it queues can be waited
    /// for later, after the call has returned (`read_words_later`).
    resident: Option<&'static ComputeClient<R>>,
    name: String,
    pub(crate) backend: &'static str,
    software: bool,
    free_memory: Option<FreeMemory>,
    kernel_path: KernelPath,
    /// A fault every submission meets first (tests only).
    fault: Option<InjectedFault>,
    /// The raw-PTX kernels of a CUDA device.
    #[cfg(feature = "cuda")]
    ptx: Option<Arc<crate::ptx::PtxPath>>,
    /// A stream of the caller's that every submission is ordered with.
    #[cfg(feature = "cuda")]
    pub(crate) caller: Option<Arc<crate::caller_stream::CallerStream>>,
}

impl<R: Runtime> Clone for Gpu<R> {
    fn clone(&self) -> Self {
        Gpu {
            client: self.client.clone(),
            resident: self.resident,
            name: self.name.clone(),
            backend: self.backend,
            software: self.software,
            free_memory: self.free_memory.clone(),
            kernel_path: self.kernel_path,
            fault: self.fault,
            #[cfg(feature = "cuda")]
            ptx: self.ptx.clone(),
            #[cfg(feature = "cuda")]
            caller: self.caller.clone(),
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
pub(crate) fn guarded<T>(backend: &'static str, what: &str, f: impl FnOnce() -> T) -> Result<T> {
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
        let opened: &'static Result<Self> = DEFAULT.get_or_init(Self::open_default_wgpu);
        opened.as_ref().map(Gpu::resident).map_err(Clone::clone)
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
        crate::kernel_cache::configure_once();
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
        crate::kernel_cache::configure_once();
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
impl Gpu<robocache_cubecl_cuda::CudaRuntime> {
    /// Opens CUDA device `index`, or [`Error::BackendUnavailable`] when there
    /// is no driver or no such device. Each device is opened once per
    /// process; later calls share it.
    pub fn cuda(index: usize) -> Result<Self> {
        type Opened = &'static Result<Gpu<robocache_cubecl_cuda::CudaRuntime>>;
        static OPENED: std::sync::Mutex<Vec<(usize, Opened)>> = std::sync::Mutex::new(Vec::new());
        let mut opened = OPENED.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let gpu = match opened.iter().find(|(i, _)| *i == index) {
            Some(&(_, gpu)) => gpu,
            None => {
                // Kept for the life of the process, as CubeCL keeps the
                // device's server: one per device index, opened once.
                let gpu: Opened = Box::leak(Box::new(Self::open_cuda(index)));
                opened.push((index, gpu));
                gpu
            }
        };
        gpu.as_ref().map(Gpu::resident).map_err(Clone::clone)
    }

    /// The name of each CUDA device the driver reports, by ordinal, as
    /// [`Gpu::device_name`] gives it (`NVIDIA H200 (sm_90)`), read from the
    /// driver without opening the devices; empty without a driver.
    pub fn cuda_device_names() -> Vec<String> {
        use cudarc::driver::{result, sys::CUdevice_attribute};
        let name = |ordinal: usize| -> Option<String> {
            let device = result::device::get(ordinal as i32).ok()?;
            let name = result::device::get_name(device).ok()?;
            // SAFETY: `device` came from `cuDeviceGet` just now.
            let capability = |attribute| unsafe { result::device::get_attribute(device, attribute) }.ok();
            let major = capability(CUdevice_attribute::CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR)?;
            let minor = capability(CUdevice_attribute::CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR)?;
            Some(format!("{name} (sm_{major}{minor})"))
        };
        let count = Self::cuda_device_count();
        guarded("cuda", "naming devices", || {
            result::init().ok();
            (0..count)
                .map(|i| name(i).unwrap_or_else(|| "CUDA device".to_string()))
                .collect()
        })
        .unwrap_or_default()
    }

    /// CUDA devices the driver reports; 0 without a driver.
    pub fn cuda_device_count() -> usize {
        if !cuda_libraries_present() {
            return 0;
        }
        guarded(
            "cuda",
            "counting devices",
            cudarc::driver::CudaContext::device_count,
        )
        .ok()
        .and_then(Result::ok)
        .map_or(0, |n| n.max(0) as usize)
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
        let device = robocache_cubecl_cuda::CudaDevice::new(index);
        crate::kernel_cache::configure_once();
        let client = guarded("cuda", "opening the device", || {
            robocache_cubecl_cuda::CudaRuntime::client(&device)
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
            resident: None,
            name,
            backend,
            software,
            free_memory,
            kernel_path: KernelPath::CubeCl,
            fault: None,
            #[cfg(feature = "cuda")]
            ptx: None,
            #[cfg(feature = "cuda")]
            caller: None,
        }
    }

    /// A handle on a device that is kept for the life of the process.
    #[cfg(any(feature = "cuda", feature = "wgpu"))]
    fn resident(&'static self) -> Self {
        Gpu {
            resident: Some(&self.client),
            ..self.clone()
        }
    }

    /// Queues a read of `buffers` (u32 words each) behind the work queued so
    /// far on the calling thread's stream, and returns what waits for it.
    ///
    /// On a CUDA device opened for the process the copy is queued now, so
    /// the wait is for the kernels that write the words, not for work queued
    /// after them. On wgpu the read is made when waited for (see below; and
    /// on a caller's device CubeCL's read borrows its client).
    pub(crate) fn read_words_later(&self, buffers: Vec<GpuBuffer>, what: &'static str) -> Result<WordsLater> {
        let backend = self.backend;
        let lens: Vec<usize> = buffers.iter().map(|b| b.len).collect();
        let words = move |parts: Vec<cubecl::bytes::Bytes>| -> Result<Vec<Vec<u32>>> {
            parts
                .iter()
                .zip(&lens)
                .map(|(bytes, &len)| {
                    HostBuffer::from_bytes(DType::U32, len, bytes, what)?
                        .into_vec::<u32>()
                        .map_err(|_| Error::Device {
                            backend,
                            message: format!("{what}: not a u32 buffer"),
                        })
                })
                .collect()
        };
        // CubeCL's wgpu runtime stages every read in pages that reads share:
        // a read whose mapping has completed but that nobody has consumed
        // leaves its page mapped, and the next submission that copies into
        // the page fails wgpu's validation ("still mapped"). So on wgpu a
        // read is made when it is waited for.
        let Some(client) = self.resident.filter(|_| self.backend == "cuda") else {
            let gpu = self.clone();
            return Ok(Box::new(move || {
                buffers
                    .iter()
                    .map(|buffer| gpu.read_words(buffer, what))
                    .collect()
            }));
        };
        let handles = buffers.iter().map(|b| b.handle.clone()).collect();
        let read = guarded(backend, what, || Box::pin(client.read_async(handles)))?;
        Ok(Box::new(move || {
            let parts = guarded(backend, what, || pollster::block_on(read))?.map_err(|e| Error::Device {
                backend,
                message: format!("{what}: {e:?}"),
            })?;
            words(parts)
        }))
    }

    /// The kernels that run fusion and voxelization: [`KernelPath::CubeCl`]
    /// on wgpu; on CUDA, as chosen at opening (see `with_kernel_path`).
    pub fn kernel_path(&self) -> KernelPath {
        self.kernel_path
    }

    /// This device as a CUDA one, for the PTX path.
    #[cfg(feature = "cuda")]
    fn as_cuda(&self) -> Option<&Gpu<robocache_cubecl_cuda::CudaRuntime>> {
        (self as &dyn std::any::Any).downcast_ref()
    }

    /// The PTX kernels, with the CUDA device, when this call runs on them.
    #[cfg(feature = "cuda")]
    pub(crate) fn ptx_for(
        &self,
        applies: bool,
        what: &str,
    ) -> Result<
        Option<(
            &Gpu<robocache_cubecl_cuda::CudaRuntime>,
            &robocache_ptx::PtxKernels,
        )>,
    > {
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

    /// Whether the device's f32 division may be inexact: WGSL allows 2.5
    /// units in the last place (and NVIDIA's Vulkan driver takes them),
    /// where CUDA's `/` rounds as IEEE does.
    pub(crate) fn inexact_division(&self) -> bool {
        self.backend == "wgpu"
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
        // Asking the driver costs about as much as a small kernel, so only
        // requests that could plausibly not fit ask; a smaller one that does
        // not fit still fails, as a typed error, from the pool.
        let ask_driver = bytes >= FREE_MEMORY_QUERY_MIN_BYTES;
        if let Some(free) = self.free_memory.as_ref().filter(|_| ask_driver).and_then(|f| f()) {
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
    pub(crate) fn filled(
        &self,
        dtype: DType,
        len: usize,
        word: u32,
        what: &'static str,
    ) -> Result<GpuBuffer> {
        let buffer = self.alloc(dtype, len, what)?;
        self.fill(&buffer, word)?;
        Ok(buffer)
    }

    fn fill(&self, buffer: &GpuBuffer, word: u32) -> Result<()> {
        let words = buffer.words();
        let (count, dim) = self.elementwise(words.div_ceil(FILL_WORDS_PER_UNIT as usize));
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
    pub(crate) fn write(&self, data: HostData<'_>, what: &'static str) -> Result<GpuBuffer> {
        let bytes = data.as_bytes();
        self.check_capacity(data.dtype(), data.len(), what)?;
        let words = words_for(data.dtype(), data.len());
        let words_bytes: Cow<'_, [u8]> = if bytes.len() == words * 4 {
            Cow::Borrowed(bytes)
        } else {
            let mut padded = vec![0u8; words * 4];
            padded[..bytes.len()].copy_from_slice(bytes);
            Cow::Owned(padded)
        };
        if let Some(buffer) = self.upload_staged(&words_bytes, data.dtype(), data.len(), what)? {
            return Ok(buffer);
        }
        let handle = guarded(self.backend, what, || self.client.create_from_slice(&words_bytes))?;
        Ok(GpuBuffer::new(handle, data.dtype(), data.len(), words * 4))
    }

    /// `bytes` in a new device buffer through page-locked staging memory,
    /// where that is the faster way (uploads of some size on CUDA); `None`
    /// where they are to go CubeCL's own way.
    fn upload_staged(
        &self,
        bytes: &[u8],
        dtype: DType,
        len: usize,
        what: &'static str,
    ) -> Result<Option<GpuBuffer>> {
        #[cfg(feature = "cuda")]
        if let Some(cuda) = self.as_cuda() {
            return cuda.upload_through_staging(bytes, dtype, len, what);
        }
        let _ = (bytes, dtype, len, what);
        Ok(None)
    }

    /// Copies a device buffer to the host (waits for the work that writes it).
    pub fn download(&self, buffer: &GpuBuffer, what: &'static str) -> Result<HostBuffer> {
        // CubeCL's wgpu runtime stages reads in a pool it never frees (see
        // `crate::buffer::SIZE_CLASSES_PER_OCTAVE`).
        if self.backend == "wgpu" {
            let whole = buffer.allocated_bytes;
            let parts = read_parts(whole)
                .into_iter()
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
    /// the pool holds more idle memory than its ceiling (an eighth of the
    /// largest page, at least [`GPU_CACHE_LIMIT_MIN_BYTES`]; or
    /// [`GPU_CACHE_LIMIT_ENV`]). Pages that
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
    pub(crate) fn submit<T: Send + 'static>(
        &self,
        what: &'static str,
        work: impl FnOnce() -> Result<T> + Send,
    ) -> Result<T> {
        let backend = self.backend;
        let outcome = self.client.exclusive(|| {
            let mut joined = None;
            let result = guarded(backend, what, || {
                self.meet_injected_fault()?;
                joined = self.join_caller_stream()?;
                let value = work()?;
                self.keep_cache_under_its_ceiling()?;
                Ok(value)
            })
            .and_then(|r| r);
            // Flush whatever `work` queued, failed or not, so that nothing it
            // staged stays behind; then hand the caller's stream, if any,
            // everything queued, failed or not, since queued work runs.
            let flushed = self.client.flush();
            let released = self.release_to_caller_stream(joined);
            result.and_then(|value| {
                flushed.map_err(|e| self.device_error(what, e))?;
                released.map(|()| value)
            })
        });
        outcome.unwrap_or_else(|e| Err(self.device_error(what, e)))
    }

    /// Inside a submission, before its work: where the device runs on a
    /// caller's CUDA stream, this thread's stream waits for the caller's,
    /// and is returned for [`Self::release_to_caller_stream`].
    fn join_caller_stream(&self) -> Result<Option<JoinedStream>> {
        #[cfg(feature = "cuda")]
        if let Some(cuda) = self.as_cuda() {
            return cuda.wait_for_caller_stream();
        }
        Ok(None)
    }

    /// Inside a submission, after its work: the caller's stream, if the
    /// submission joined one, waits for this thread's.
    fn release_to_caller_stream(&self, joined: Option<JoinedStream>) -> Result<()> {
        match joined {
            None => Ok(()),
            #[cfg(feature = "cuda")]
            Some(joined) => self.hand_over_to_caller_stream(joined),
            #[cfg(not(feature = "cuda"))]
            Some(never) => match never {},
        }
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
        pollster::block_on(self.client.sync()).map_err(|e| self.device_error("synchronising", e))?;
        // What queued work held (a caller's wrapped memory) can go now.
        #[cfg(feature = "cuda")]
        if let Some(ptx) = self.as_cuda().and_then(Gpu::ptx_path) {
            ptx.in_flight.release();
        }
        Ok(())
    }

    /// This device as a CUDA device, for what only CUDA does.
    #[cfg(feature = "cuda")]
    fn cuda_of(&self, what: &str) -> Result<&Gpu<robocache_cubecl_cuda::CudaRuntime>> {
        self.as_cuda()
            .ok_or_else(|| self.device_error(what, "CUDA memory given to a device of another backend"))
    }

    /// A caller's wrapped memory on the host: copied into the device's pool
    /// in a submission of its own (ordered after the caller's stream, if
    /// any), then downloaded.
    #[cfg(feature = "cuda")]
    pub fn read_wrapped(&self, memory: &Arc<crate::CudaMemory>, what: &'static str) -> Result<HostBuffer> {
        let cuda = self.cuda_of(what)?;
        let copy = cuda.submit(what, || cuda.copy_in(memory, what))?;
        self.download(&copy, what)
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
    pub(crate) fn elementwise(&self, n: usize) -> (CubeCount, CubeDim) {
        (self.cube_grid(n.div_ceil(UNITS as usize)), CubeDim::new_1d(UNITS))
    }

    /// `cubes` cubes as an (x, y) grid, for kernels that read `linear_cube`.
    pub(crate) fn cube_grid(&self, cubes: usize) -> CubeCount {
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
    pub(crate) fn on_device<'a>(
        &self,
        input: GpuInput<'a>,
        what: &'static str,
    ) -> Result<Cow<'a, GpuBuffer>> {
        match input {
            GpuInput::Device(buffer, _) => Ok(Cow::Borrowed(buffer)),
            GpuInput::Host(data) => self.write(data, what).map(Cow::Owned),
            #[cfg(feature = "cuda")]
            GpuInput::Wrapped(memory) => self.cuda_of(what)?.copy_in(memory, what).map(Cow::Owned),
        }
    }

    /// The input on the host: host data or a shadow as is, else downloaded.
    pub(crate) fn on_host<'a>(&self, input: GpuInput<'a>, what: &'static str) -> Result<HostView<'a>> {
        match input {
            GpuInput::Host(data) | GpuInput::Device(_, Some(Shadow { data, .. })) => {
                Ok(HostView::Borrowed(data))
            }
            GpuInput::Device(buffer, None) => self.download(buffer, what).map(HostView::Owned),
            #[cfg(feature = "cuda")]
            GpuInput::Wrapped(memory) => self.read_wrapped(memory, what).map(HostView::Owned),
        }
    }

    /// A one-word status buffer holding `word`.
    pub(crate) fn status(&self, word: u32) -> Result<GpuBuffer> {
        self.write(HostData::from(&[word][..]), "a status word")
    }

    pub(crate) fn read_words(&self, buffer: &GpuBuffer, what: &'static str) -> Result<Vec<u32>> {
        let host = self.download(buffer, what)?;
        host.into_vec::<u32>()
            .map_err(|_| self.device_error(what, "not a u32 buffer"))
    }
}

/// Host data, borrowed from the caller or downloaded.
pub(crate) enum HostView<'a> {
    Borrowed(HostData<'a>),
    Owned(HostBuffer),
}

impl HostView<'_> {
    pub(crate) fn as_data(&self) -> HostData<'_> {
        match self {
            HostView::Borrowed(data) => *data,
            HostView::Owned(buffer) => buffer.view(),
        }
    }

    pub(crate) fn u32s(&self, tensor: &str) -> Result<&[u32]> {
        let data = self.as_data();
        data.as_slice::<u32>().ok_or(Error::DTypeMismatch {
            tensor: tensor.to_string(),
            expected: "u32",
            actual: data.dtype(),
        })
    }

    pub(crate) fn f64s(&self, tensor: &str) -> Result<Cow<'_, [f64]>> {
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

pub(crate) fn packing(dtype: DType) -> Packing {
    match dtype {
        DType::F16 => Packing::F16,
        DType::BF16 => Packing::BF16,
        _ => Packing::F32,
    }
}
