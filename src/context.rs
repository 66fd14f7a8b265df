//! Backend selection and the context that owns a device.

use std::fmt;
use std::str::FromStr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use robocache_core::{Check, Error, HostBuffer, KernelPath, Result};
use robocache_cpu::BufferPool;
#[cfg(any(feature = "cuda", feature = "wgpu"))]
use robocache_cubecl::Gpu;

use crate::pending::Pending;
use crate::tensor::{Storage, Tensor, TensorView};

/// The environment variable that picks the backend behind [`Backend::Auto`]:
/// `auto`, `cpu`, `cuda` or `wgpu` (case-insensitive).
pub const BACKEND_ENV: &str = "ROBOCACHE_BACKEND";

/// Which backend a [`Context`] runs on.
///
/// ```
/// use robocache::Backend;
/// assert_eq!("cpu".parse::<Backend>()?, Backend::Cpu);
/// assert_eq!(Backend::Wgpu.to_string(), "wgpu");
/// # Ok::<(), robocache::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Backend {
    /// The value of [`BACKEND_ENV`] if set, else the fastest backend that is
    /// compiled in and has a device: CUDA, then wgpu, then the CPU. A
    /// software wgpu adapter (Mesa's llvmpipe) is passed over for the CPU
    /// backend, which is faster on the same cores.
    Auto,
    /// Plain Rust on all cores: always available.
    Cpu,
    /// CubeCL on CUDA (feature `cuda`; sm_80 and sm_90).
    Cuda,
    /// CubeCL on wgpu (feature `wgpu`: Vulkan, Metal, DX12).
    Wgpu,
}

impl Backend {
    /// The lower-case name, as [`BACKEND_ENV`] spells it.
    ///
    /// ```
    /// assert_eq!(robocache::Backend::Cuda.name(), "cuda");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            Backend::Auto => "auto",
            Backend::Cpu => "cpu",
            Backend::Cuda => "cuda",
            Backend::Wgpu => "wgpu",
        }
    }

    /// The choices [`BACKEND_ENV`] accepts, for messages.
    const CHOICES: &'static str = "auto, cpu, cuda, wgpu";
}

impl fmt::Display for Backend {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Backend {
    type Err = Error;

    fn from_str(value: &str) -> Result<Self> {
        match value.trim().to_ascii_lowercase().as_str() {
            "auto" | "" => Ok(Backend::Auto),
            "cpu" => Ok(Backend::Cpu),
            "cuda" => Ok(Backend::Cuda),
            "wgpu" => Ok(Backend::Wgpu),
            _ => Err(Error::InvalidBackendName {
                variable: BACKEND_ENV,
                value: value.to_string(),
                choices: Backend::CHOICES,
            }),
        }
    }
}

/// The backends this build can run here, fastest first: those compiled in
/// (features `cuda`, `wgpu`) that find a device, and the CPU. A software wgpu
/// adapter (Mesa's llvmpipe) ranks after the CPU backend, which is faster on
/// the same cores. [`Backend::Auto`] picks the first. One entry per
/// backend; [`available_devices`] lists every device (each GPU of a
/// many-GPU machine).
///
/// ```
/// assert!(robocache::available_backends().contains(&robocache::Backend::Cpu));
/// ```
pub fn available_backends() -> Vec<Backend> {
    let mut backends = Vec::new();
    if Device::cuda().is_ok() {
        backends.push(Backend::Cuda);
    }
    let wgpu = Device::wgpu();
    let software = wgpu.as_ref().is_ok_and(Device::is_software);
    if wgpu.is_ok() && !software {
        backends.push(Backend::Wgpu);
    }
    backends.push(Backend::Cpu);
    if software {
        backends.push(Backend::Wgpu);
    }
    backends
}

/// One device a backend of this build can run on here; see
/// [`available_devices`].
///
/// ```
/// use robocache::{available_devices, Backend};
/// let devices = available_devices();
/// let cpu = devices.iter().find(|d| d.backend == Backend::Cpu).unwrap();
/// assert_eq!(cpu.open()?.device_name(), cpu.name);
/// # Ok::<(), robocache::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceInfo {
    /// The backend that drives it.
    pub backend: Backend,
    /// Its index among the backend's devices: the CUDA ordinal
    /// ([`Context::cuda`]); 0 for the CPU and for wgpu, which opens the
    /// platform's default adapter.
    pub ordinal: usize,
    /// What [`Context::device_name`] calls it.
    pub name: String,
    /// A software rasterizer (Mesa's llvmpipe): correct, and slower than
    /// the CPU backend on the same cores.
    pub software: bool,
}

impl DeviceInfo {
    /// A context on this device.
    ///
    /// ```
    /// for device in robocache::available_devices() {
    ///     assert_eq!(device.open()?.backend(), device.backend);
    /// }
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn open(&self) -> Result<Context> {
        match self.backend {
            Backend::Cuda => Context::cuda(self.ordinal),
            backend => Context::new(backend),
        }
    }
}

/// Every device this build can run on here, fastest first as
/// [`available_backends`] orders the backends: each CUDA device by ordinal
/// (named by the driver, without opening it), the default wgpu adapter,
/// and the CPU. [`DeviceInfo::open`] makes a context on one.
///
/// ```
/// for device in robocache::available_devices() {
///     println!("{} {}: {}", device.backend, device.ordinal, device.name);
/// }
/// ```
pub fn available_devices() -> Vec<DeviceInfo> {
    let mut devices = Vec::new();
    #[cfg(feature = "cuda")]
    for (ordinal, name) in Gpu::<robocache_cubecl::CudaRuntime>::cuda_device_names()
        .into_iter()
        .enumerate()
    {
        devices.push(DeviceInfo {
            backend: Backend::Cuda,
            ordinal,
            name,
            software: false,
        });
    }
    let wgpu = Device::wgpu().ok().map(|wgpu| DeviceInfo {
        backend: Backend::Wgpu,
        ordinal: 0,
        name: wgpu_name(&wgpu),
        software: wgpu.is_software(),
    });
    let cpu = DeviceInfo {
        backend: Backend::Cpu,
        ordinal: 0,
        name: robocache_cpu::device_name(),
        software: false,
    };
    match wgpu {
        Some(wgpu) if wgpu.software => devices.extend([cpu, wgpu]),
        Some(wgpu) => devices.extend([wgpu, cpu]),
        None => devices.push(cpu),
    }
    devices
}

/// The name of a wgpu device, as its context gives it.
fn wgpu_name(device: &Device) -> String {
    dispatch!(device, cpu(_) => robocache_cpu::device_name(), gpu(g) => g.device_name().to_string())
}

/// The CUDA devices this build can open: 0 without the `cuda` feature or
/// an NVIDIA driver.
///
/// ```
/// let count = robocache::cuda_device_count();
/// assert!(count == 0 || robocache::Context::cuda(count - 1).is_ok());
/// ```
pub fn cuda_device_count() -> usize {
    #[cfg(feature = "cuda")]
    return robocache_cubecl::Gpu::<robocache_cubecl::CudaRuntime>::cuda_device_count();
    #[cfg(not(feature = "cuda"))]
    0
}

fn unavailable(requested: Backend, reason: &str) -> Error {
    let available = available_backends()
        .iter()
        .map(|b| b.name())
        .collect::<Vec<_>>()
        .join(", ");
    Error::BackendUnavailable {
        requested: requested.name().to_string(),
        reason: reason.to_string(),
        available,
    }
}

/// Uploaded tensors up to this size that could be times or lengths (f64,
/// f32 or u32, at most two axes) keep a host copy on GPU contexts, so that
/// validating them costs no device work and no synchronisation.
#[cfg(any(feature = "cuda", feature = "wgpu"))]
const SHADOW_LIMIT_BYTES: usize = 4 << 20;

#[cfg(any(feature = "cuda", feature = "wgpu"))]
fn shadow_of(view: &TensorView<'_>) -> Result<Option<HostBuffer>> {
    let data = view.data();
    let candidate = matches!(
        data.dtype(),
        robocache_core::DType::F64 | robocache_core::DType::F32 | robocache_core::DType::U32
    ) && view.shape().len() <= 2
        && data.as_bytes().len() <= SHADOW_LIMIT_BYTES;
    if candidate {
        HostBuffer::copy_from(data, "a host copy of times or lengths").map(Some)
    } else {
        Ok(None)
    }
}

/// Idle output and scratch buffers a CPU context keeps for reuse, at most.
pub const CPU_CACHE_LIMIT_BYTES: usize = 1 << 30;

/// The device a context drives.
#[derive(Debug)]
pub(crate) enum Device {
    Cpu {
        pool: BufferPool,
    },
    #[cfg(feature = "cuda")]
    Cuda(Gpu<robocache_cubecl::CudaRuntime>),
    #[cfg(feature = "wgpu")]
    Wgpu(Gpu<robocache_cubecl::cubecl::wgpu::WgpuRuntime>),
}

/// Matches a [`Device`]: `cpu(pool) => ..` for the CPU, `gpu(g) => ..` once
/// for every compiled-in GPU runtime, with `g` a `Gpu<R>` of that runtime.
macro_rules! dispatch {
    ($device:expr, cpu($pool:pat) => $cpu:expr, gpu($gpu:ident) => $body:expr $(,)?) => {
        match $device {
            $crate::context::Device::Cpu { pool: $pool } => $cpu,
            #[cfg(feature = "cuda")]
            $crate::context::Device::Cuda($gpu) => $body,
            #[cfg(feature = "wgpu")]
            $crate::context::Device::Wgpu($gpu) => $body,
        }
    };
}
pub(crate) use dispatch;

/// A backend's own [`Error::BackendUnavailable`], with this build's list of
/// available backends.
fn with_available(backend: Backend, error: Error) -> Error {
    match error {
        Error::BackendUnavailable { reason, .. } => unavailable(backend, &reason),
        other => other,
    }
}

impl Device {
    fn cpu() -> Self {
        Device::Cpu {
            pool: BufferPool::new(CPU_CACHE_LIMIT_BYTES),
        }
    }

    /// The first CUDA device; CubeCL opens it once per process.
    fn cuda() -> Result<Self> {
        Device::cuda_ordinal(0)
    }

    /// CUDA device `ordinal`, opened once per process.
    fn cuda_ordinal(ordinal: usize) -> Result<Self> {
        #[cfg(feature = "cuda")]
        return Gpu::cuda(ordinal).map(Device::Cuda);
        #[cfg(not(feature = "cuda"))]
        {
            let _ = ordinal;
            Err(Error::BackendUnavailable {
                requested: Backend::Cuda.name().to_string(),
                reason: "this build does not include it (cargo feature `cuda`)".to_string(),
                available: String::new(),
            })
        }
    }

    /// The default wgpu adapter; opened once per process.
    fn wgpu() -> Result<Self> {
        #[cfg(feature = "wgpu")]
        return Gpu::wgpu().map(Device::Wgpu);
        #[cfg(not(feature = "wgpu"))]
        Err(Error::BackendUnavailable {
            requested: Backend::Wgpu.name().to_string(),
            reason: "this build does not include it (cargo feature `wgpu`)".to_string(),
            available: String::new(),
        })
    }

    /// CUDA, then wgpu on a hardware adapter, then the CPU.
    fn auto() -> Self {
        if let Ok(cuda) = Device::cuda() {
            return cuda;
        }
        match Device::wgpu() {
            Ok(wgpu) if !wgpu.is_software() => wgpu,
            _ => Device::cpu(),
        }
    }

    /// A software rasterizer (Mesa's llvmpipe) runs the wgpu backend
    /// correctly but slower than the CPU backend, so `Auto` passes it over.
    fn is_software(&self) -> bool {
        match self {
            #[cfg(feature = "wgpu")]
            Device::Wgpu(gpu) => gpu.is_software(),
            _ => false,
        }
    }
}

pub(crate) struct ContextInner {
    /// Tells tensors of different contexts apart.
    pub(crate) id: u64,
    pub(crate) device: Device,
    /// Device checks not yet read, shared by the context's variants
    /// (`with_kernel_path`), which share its tensors.
    pub(crate) pending: Arc<Pending>,
}

/// A handle on one backend and its device; the entry point of every operation.
///
/// Cloning is cheap and clones share the device. Tensors made by a context
/// ([`Context::upload`], every operation's output) live on its device, and
/// operations take them back without a host round trip.
///
/// ```
/// use robocache::{Backend, Context};
/// let ctx = Context::new(Backend::Cpu)?;
/// assert_eq!(ctx.backend(), Backend::Cpu);
/// # Ok::<(), robocache::Error>(())
/// ```
#[derive(Clone)]
pub struct Context {
    pub(crate) inner: Arc<ContextInner>,
}

impl fmt::Debug for Context {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Context")
            .field("id", &self.inner.id)
            .field("backend", &self.backend())
            .field("device", &self.device_name())
            .finish()
    }
}

impl Context {
    /// Opens the given backend.
    ///
    /// [`Backend::Auto`] reads [`BACKEND_ENV`] first. A backend that is not
    /// compiled in or finds no device is an [`Error::BackendUnavailable`] that
    /// lists what is available; there is no silent fallback.
    ///
    /// ```
    /// use robocache::{Backend, Context, Error};
    /// let ctx = Context::new(Backend::Auto)?;
    /// println!("running on {} ({})", ctx.backend(), ctx.device_name());
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn new(backend: Backend) -> Result<Self> {
        let backend = match backend {
            Backend::Auto => match std::env::var(BACKEND_ENV) {
                Ok(value) => value.parse::<Backend>()?,
                Err(std::env::VarError::NotPresent) => Backend::Auto,
                Err(std::env::VarError::NotUnicode(value)) => {
                    return Err(Error::InvalidBackendName {
                        variable: BACKEND_ENV,
                        value: value.to_string_lossy().into_owned(),
                        choices: Backend::CHOICES,
                    })
                }
            },
            explicit => explicit,
        };
        let device = match backend {
            Backend::Auto => Device::auto(),
            Backend::Cpu => Device::cpu(),
            Backend::Cuda => Device::cuda().map_err(|e| with_available(backend, e))?,
            Backend::Wgpu => Device::wgpu().map_err(|e| with_available(backend, e))?,
        };
        Ok(Self::with_device(device))
    }

    /// Opens CUDA device `ordinal` (0 is what [`Backend::Cuda`] opens).
    /// Each device is opened once per process and shared by its contexts;
    /// contexts on different devices run concurrently from different
    /// threads, and [`split_batch`](crate::split_batch) spreads a batch over
    /// them. [`cuda_device_count`] says how many there are.
    ///
    /// ```
    /// use robocache::Context;
    /// let gpus: Vec<Context> = (0..robocache::cuda_device_count())
    ///     .map(Context::cuda)
    ///     .collect::<Result<_, _>>()?;
    /// println!("{} CUDA devices", gpus.len());
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn cuda(ordinal: usize) -> Result<Self> {
        let device = Device::cuda_ordinal(ordinal).map_err(|e| with_available(Backend::Cuda, e))?;
        Ok(Self::with_device(device))
    }

    /// Opens CUDA device `ordinal` with every call ordered on `stream`, a
    /// stream the caller owns: PyTorch's current stream
    /// (`torch.cuda.current_stream().cuda_stream`), an inference engine's.
    /// A call's work runs after the work queued on `stream` before the
    /// call, and work queued on `stream` after the call returns runs after
    /// the call's, so the caller's next kernel can read the call's results
    /// ([`Tensor::cuda_pointer`]) with no synchronisation. Neither side
    /// waits on the host: the call's work still runs on the stream the
    /// backend queues this thread's work on, and events order the two
    /// streams, one pair per call.
    ///
    /// # Safety
    ///
    /// `stream` must be a live stream of device `ordinal`'s primary context
    /// (the context of the CUDA runtime API, which PyTorch uses), or null
    /// for its legacy default stream, and stay live as long as the context
    /// or any clone of it (every tensor it makes holds one).
    ///
    /// ```no_run
    /// use robocache::cudarc::driver::CudaContext;
    /// use robocache::{Context, TensorView};
    /// let cuda = CudaContext::new(0).unwrap();
    /// let stream = cuda.new_stream().unwrap();
    /// // SAFETY: the stream is of device 0's primary context (cudarc's
    /// // contexts are), and outlives `ctx` and its tensors, dropped first.
    /// let ctx = unsafe { Context::cuda_on_stream(0, stream.cu_stream()) }?;
    /// let times = ctx.upload(TensorView::new(&[0.0f64, 0.5, 1.0], [1, 3])?)?;
    /// let address = times.cuda_pointer()?; // readable by kernels queued on `stream` now
    /// # let _ = address;
    /// # Ok::<(), robocache::Error>(())
    /// ```
    #[cfg(feature = "cuda")]
    pub unsafe fn cuda_on_stream(
        ordinal: usize,
        stream: robocache_cubecl::cudarc::driver::sys::CUstream,
    ) -> Result<Self> {
        let Device::Cuda(gpu) =
            Device::cuda_ordinal(ordinal).map_err(|e| with_available(Backend::Cuda, e))?
        else {
            unreachable!("Device::cuda_ordinal opens CUDA devices")
        };
        // SAFETY: this function's contract is `on_caller_stream`'s.
        let gpu = unsafe { gpu.on_caller_stream(stream) }?;
        Ok(Self::with_device(Device::Cuda(gpu)))
    }

    /// Runs on a wgpu device and queue the caller already has (a Bevy or
    /// rerun app's), instead of opening one. Create the device with the
    /// adapter's limits (`adapter.limits()`): a fusion binds three storage
    /// buffers per stream, more than WebGPU's default eight.
    ///
    /// ```no_run
    /// use robocache::wgpu;
    /// let instance = wgpu::Instance::new(wgpu::InstanceDescriptor::new_without_display_handle());
    /// let adapter = pollster::block_on(instance.request_adapter(&Default::default())).unwrap();
    /// let (device, queue) = pollster::block_on(adapter.request_device(&wgpu::DeviceDescriptor {
    ///     required_limits: adapter.limits(),
    ///     ..Default::default()
    /// }))
    /// .unwrap();
    /// let ctx = robocache::Context::from_wgpu(instance, adapter, device, queue)?;
    /// assert_eq!(ctx.backend(), robocache::Backend::Wgpu);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    #[cfg(feature = "wgpu")]
    pub fn from_wgpu(
        instance: wgpu::Instance,
        adapter: wgpu::Adapter,
        device: wgpu::Device,
        queue: wgpu::Queue,
    ) -> Result<Self> {
        let gpu =
            Gpu::from_wgpu(instance, adapter, device, queue).map_err(|e| with_available(Backend::Wgpu, e))?;
        Ok(Self::with_device(Device::Wgpu(gpu)))
    }

    /// The CPU backend, which is always available.
    ///
    /// ```
    /// assert_eq!(robocache::Context::cpu().backend(), robocache::Backend::Cpu);
    /// ```
    pub fn cpu() -> Self {
        Self::with_device(Device::cpu())
    }

    fn with_device(device: Device) -> Self {
        static NEXT_ID: AtomicU64 = AtomicU64::new(0);
        Context {
            inner: Arc::new(ContextInner {
                id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
                device,
                pending: Arc::default(),
            }),
        }
    }

    /// The same context, running fusion (resampling included) and
    /// voxelization on `path`'s kernels; its tensors stay usable. On CUDA,
    /// [`KernelPath::Auto`] (the default, after [`KERNEL_PATH_ENV`]) runs the
    /// raw-PTX kernels wherever they apply and the CubeCL kernels elsewhere;
    /// [`KernelPath::Ptx`] loads the PTX now and is an error if it cannot
    /// load. Other backends have one path: asking them for `Ptx` is an
    /// [`Error::BackendUnavailable`].
    ///
    /// ```
    /// use robocache::{Context, KernelPath};
    /// let cpu = Context::cpu();
    /// assert!(cpu.with_kernel_path(KernelPath::Ptx).is_err());
    /// assert_eq!(cpu.with_kernel_path(KernelPath::Auto)?.kernel_path(), None);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn with_kernel_path(&self, path: KernelPath) -> Result<Self> {
        match &self.inner.device {
            #[cfg(feature = "cuda")]
            Device::Cuda(gpu) => Ok(Context {
                inner: Arc::new(ContextInner {
                    id: self.inner.id,
                    device: Device::Cuda(gpu.with_kernel_path(path)?),
                    pending: Arc::clone(&self.inner.pending),
                }),
            }),
            _ if path == KernelPath::Ptx => Err(Error::BackendUnavailable {
                requested: "cuda-ptx".to_string(),
                reason: format!(
                    "the PTX kernels run in CUDA contexts, and this one is {}",
                    self.backend()
                ),
                available: available_backends()
                    .iter()
                    .map(|b| b.name())
                    .collect::<Vec<_>>()
                    .join(", "),
            }),
            _ => Ok(self.clone()),
        }
    }

    /// The kernels fusion and voxelization run on, for GPU backends
    /// (`None` on the CPU).
    ///
    /// ```
    /// assert_eq!(robocache::Context::cpu().kernel_path(), None);
    /// ```
    pub fn kernel_path(&self) -> Option<KernelPath> {
        dispatch!(&self.inner.device, cpu(_) => None, gpu(g) => Some(g.kernel_path()))
    }

    /// The backend in use (never [`Backend::Auto`]).
    ///
    /// ```
    /// use robocache::{Backend, Context};
    /// assert_ne!(Context::new(Backend::Auto)?.backend(), Backend::Auto);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn backend(&self) -> Backend {
        match self.inner.device {
            Device::Cpu { .. } => Backend::Cpu,
            #[cfg(feature = "cuda")]
            Device::Cuda(_) => Backend::Cuda,
            #[cfg(feature = "wgpu")]
            Device::Wgpu(_) => Backend::Wgpu,
        }
    }

    /// A human-readable description of the device, e.g. `CPU (8 threads)`.
    ///
    /// ```
    /// println!("{}", robocache::Context::cpu().device_name());
    /// ```
    pub fn device_name(&self) -> String {
        dispatch!(&self.inner.device, cpu(_) => robocache_cpu::device_name(), gpu(g) => g.device_name().to_string())
    }

    /// Copies host data onto this context's device.
    ///
    /// ```
    /// use robocache::{Context, TensorView};
    /// let ctx = Context::cpu();
    /// let times = ctx.upload(TensorView::new(&[0.0f64, 0.1, 0.2], [1, 3])?)?;
    /// assert_eq!(times.shape(), &[1, 3]);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn upload(&self, view: TensorView<'_>) -> Result<Tensor> {
        let what = "an uploaded tensor";
        let tensor = dispatch!(&self.inner.device,
            cpu(pool) => Tensor::new(
                self.clone(),
                view.shape().to_vec(),
                Storage::Host(pool.copy_of(view.data(), what)?),
            ),
            gpu(g) => Tensor::new(self.clone(), view.shape().to_vec(), Storage::Gpu(g.upload(view.data(), what)?))
                .with_shadow(shadow_of(&view)?),
        );
        Ok(tensor)
    }

    /// A tensor over device memory the caller owns, without a copy: a
    /// PyTorch tensor's (`tensor.data_ptr()`, or DLPack's `data`), another
    /// library's. `address` is the first of the `shape`'s elements of
    /// `dtype`, packed in row-major order. `owner` is whatever keeps the
    /// memory alive (the DLPack capsule's deleter, a `CudaSlice`); it is
    /// dropped once the tensor and its clones are, and every read of the
    /// memory queued on the device has run: at the latest at the next call
    /// on this device or [`Context::synchronize`].
    ///
    /// The tensor is an input like any other. The CubeCL kernels read only
    /// memory of their own pool, so an operation copies a wrapped input
    /// once, device to device, on the stream of its work
    /// (after the caller's stream, on a context made with
    /// [`Context::cuda_on_stream`]); the caller's memory is never written.
    /// [`Tensor::cuda_pointer`] gives `address` back.
    ///
    /// Refused with [`Error::UnwrappableMemory`] unless this is a CUDA
    /// context and the driver finds the bytes within one allocation of its
    /// device.
    ///
    /// # Safety
    ///
    /// The memory must hold the values once the work queued before the
    /// call on the context's stream (the caller's, for
    /// [`Context::cuda_on_stream`]) has run, and must be neither freed nor
    /// written until `owner` is dropped.
    ///
    /// ```no_run
    /// use robocache::cudarc::driver::{CudaContext, DevicePtr};
    /// use robocache::{Context, DType, VoxelGrid, VoxelMode};
    /// let cuda = CudaContext::new(0).unwrap();
    /// let stream = cuda.new_stream().unwrap();
    /// let points = stream.clone_htod(&[0.5f32, 0.5, 0.5, 1.5, 0.5, 0.5]).unwrap();
    /// let address = points.device_ptr(&stream).0;
    /// // SAFETY: the stream is of device 0's primary context and outlives
    /// // `ctx`; the points' copy is queued on it before any call, and the
    /// // slice is freed only when the tensor lets go of it.
    /// let ctx = unsafe { Context::cuda_on_stream(0, stream.cu_stream()) }?;
    /// let points = unsafe { ctx.wrap_cuda_memory(address, [2, 3], DType::F32, points) }?;
    /// let grid = VoxelGrid::new([0.0; 3], [1.0; 3], [2, 1, 1]);
    /// let counts = ctx.voxelize(&points, grid, VoxelMode::Count).run()?;
    /// assert_eq!(counts.voxels.to_vec::<u32>()?, vec![1, 1]);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    #[cfg(feature = "cuda")]
    pub unsafe fn wrap_cuda_memory(
        &self,
        address: u64,
        shape: impl AsRef<[usize]>,
        dtype: robocache_core::DType,
        owner: impl Send + Sync + 'static,
    ) -> Result<Tensor> {
        let shape = shape.as_ref().to_vec();
        let len = shape.iter().try_fold(1usize, |n, &d| n.checked_mul(d));
        let bytes = len.and_then(|len| len.checked_mul(dtype.size_in_bytes()));
        let refuse = |why: String| Error::UnwrappableMemory {
            address,
            bytes: bytes.unwrap_or(usize::MAX) as u64,
            why,
        };
        let (Some(len), Some(_)) = (len, bytes) else {
            return Err(refuse(format!(
                "shape {shape:?} spans more bytes than an address can"
            )));
        };
        let Device::Cuda(gpu) = &self.inner.device else {
            return Err(refuse(format!("{} is not a CUDA context", self.describe())));
        };
        // SAFETY: this function's contract is `wrap_memory`'s.
        let memory = unsafe { gpu.wrap_memory(address, dtype, len, Box::new(owner)) }?;
        Ok(Tensor::new(self.clone(), shape, Storage::Wrapped(memory)))
    }

    /// Frees the buffers this context keeps for reuse.
    ///
    /// Outputs of dropped tensors and scratch memory are kept so that the
    /// next call of the same shape allocates nothing; call this after a
    /// burst of large calls to give that memory back. The ceilings:
    /// - CPU: at most [`CPU_CACHE_LIMIT_BYTES`] of idle buffers, the oldest
    ///   freed first.
    /// - GPU: CubeCL's memory pools, one per host thread that calls (CubeCL
    ///   gives each thread a stream of its own). After each call, a pool
    ///   that holds more idle memory than `ROBOCACHE_GPU_CACHE_LIMIT_BYTES`
    ///   frees its pages that no live buffer uses. The default follows the
    ///   pool's pages, which grow with the device: an eighth of the largest
    ///   (about 1/32 of device memory, 4.5 GB on an H200), at least
    ///   256 MiB. This releases the calling thread's pool. On CUDA the
    ///   scratch buffers of the PTX kernels come from the same pools.
    /// - Host buffers CubeCL stages reads in, which it keeps and which this
    ///   does not release: on CUDA pinned memory, at most what the reads in
    ///   flight at once needed; on wgpu at most one buffer per power-of-two
    ///   size per read in flight (a download reads in power-of-two parts so
    ///   that these sizes repeat).
    ///
    /// `benches/RESULTS.md` has the soaks that measure them.
    ///
    /// ```
    /// let ctx = robocache::Context::cpu();
    /// ctx.release_cached_memory();
    /// assert_eq!(ctx.cached_bytes(), 0);
    /// ```
    pub fn release_cached_memory(&self) {
        dispatch!(&self.inner.device, cpu(pool) => pool.clear(), gpu(g) => g.release_cached_memory())
    }

    /// Bytes of idle buffers this context keeps for reuse (on a GPU, in the
    /// calling thread's pool).
    ///
    /// ```
    /// use robocache::{Context, TensorView};
    /// let ctx = Context::cpu();
    /// let big = ctx.upload(TensorView::new(&vec![0.0f32; 1 << 20], [1 << 20])?)?;
    /// drop(big);
    /// assert_eq!(ctx.cached_bytes(), 4 << 20);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn cached_bytes(&self) -> usize {
        dispatch!(&self.inner.device, cpu(pool) => pool.cached_bytes(), gpu(g) => g.cached_bytes() as usize)
    }

    /// Takes back the memory of a dropped host tensor.
    pub(crate) fn recycle(&self, buffer: HostBuffer) {
        dispatch!(&self.inner.device, cpu(pool) => pool.give(buffer), gpu(_g) => drop(buffer))
    }

    /// Waits until the device has finished all work queued so far, and
    /// returns the first error that a check made on the device found in
    /// that work and that no read has reported yet.
    ///
    /// GPU operations return as soon as their kernels are queued. What only
    /// the device can check (the values of device-resident inputs: times
    /// that decrease or are not finite, bad lengths, non-finite features)
    /// is reported by the first read of a result that depends on it
    /// ([`Tensor::to_vec`], [`Voxelized::stats`](crate::Voxelized::stats))
    /// or, for results dropped unread, here. So this is for timing, for
    /// handing memory to other code, and for the errors of work whose
    /// results were never read.
    ///
    /// ```
    /// robocache::Context::cpu().synchronize()?;
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn synchronize(&self) -> Result<()> {
        dispatch!(&self.inner.device, cpu(_) => Ok(()), gpu(g) => g.sync())?;
        self.inner.pending.settle_all()
    }

    /// Remembers the device check of a call just queued, for
    /// [`Context::synchronize`], and returns it for the call's results.
    pub(crate) fn remember(&self, check: Check) -> Check {
        self.inner.pending.push(check.clone());
        check
    }

    /// Runs `work` and returns its result with the time it took as the
    /// backend's profiler measures it: wall time on the CPU; on the GPUs,
    /// CubeCL's profiler, which on CUDA (CubeCL 0.10) is host time between
    /// a synchronisation before and after `work`, so it includes the host's
    /// share of the call. For kernel-only times use Nsight Compute
    /// (`benches/ncu_kernels.py`); wgpu's timestamp-query figures proved
    /// unreliable (see `benches/RESULTS.md`).
    ///
    /// ```
    /// use robocache::{Context, TensorView};
    /// let ctx = Context::cpu();
    /// let (out, took) = ctx.profile(|| {
    ///     ctx.resample_slices(&[0.0f32, 1.0], [1, 2, 1], &[0.0, 1.0], &[0.5], Default::default())
    /// })?;
    /// assert_eq!(out?, vec![0.5]);
    /// println!("{took:?}");
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn profile<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send,
    ) -> Result<(T, std::time::Duration)> {
        dispatch!(&self.inner.device,
            cpu(_) => {
                let start = std::time::Instant::now();
                let value = work();
                Ok((value, start.elapsed()))
            },
            gpu(g) => g.profile(work),
        )
    }

    /// The same context, whose every later GPU call first meets `fault`:
    /// for the tests that show faults inside a backend becoming typed
    /// errors. The CPU context has no such faults and is returned as is.
    #[cfg(any(feature = "cuda", feature = "wgpu"))]
    #[doc(hidden)]
    pub fn with_injected_fault(&self, fault: crate::InjectedFault) -> Self {
        let device = match &self.inner.device {
            Device::Cpu { .. } => return self.clone(),
            #[cfg(feature = "cuda")]
            Device::Cuda(gpu) => Device::Cuda(gpu.with_injected_fault(fault)),
            #[cfg(feature = "wgpu")]
            Device::Wgpu(gpu) => Device::Wgpu(gpu.with_injected_fault(fault)),
        };
        Context {
            inner: Arc::new(ContextInner {
                id: self.inner.id,
                device,
                pending: Arc::clone(&self.inner.pending),
            }),
        }
    }

    pub(crate) fn describe(&self) -> String {
        format!("context {} on {}", self.inner.id, self.backend())
    }
}
