//! Tensors: borrowed host views and device-resident tensors.

use std::fmt;
use std::sync::Arc;

use robocache_core::{Check, DType, Element, Error, HostBuffer, HostData, Result, TensorMeta};

#[cfg(any(feature = "cuda", feature = "wgpu"))]
use crate::context::dispatch;
use crate::context::Context;

/// A zero-copy, shaped view of a caller's slice (row-major, contiguous).
///
/// ```
/// use robocache::TensorView;
/// let samples = vec![0.0f32; 2 * 100 * 7];
/// let view = TensorView::new(&samples, [2, 100, 7])?;
/// assert_eq!(view.shape(), &[2, 100, 7]);
/// assert!(TensorView::new(&samples, [2, 100, 8]).is_err());
/// # Ok::<(), robocache::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct TensorView<'a> {
    data: HostData<'a>,
    shape: Vec<usize>,
}

impl<'a> TensorView<'a> {
    /// Views `data` with `shape`; the element count must match.
    pub fn new<T: Element>(data: &'a [T], shape: impl AsRef<[usize]>) -> Result<Self> {
        Self::named(data, shape.as_ref(), "view")
    }

    /// [`TensorView::new`], naming the tensor's role in the error.
    pub(crate) fn named<T: Element>(data: &'a [T], shape: &[usize], tensor: &str) -> Result<Self> {
        let shape = shape.to_vec();
        let expected = shape.iter().try_fold(1usize, |n, &d| n.checked_mul(d));
        if expected != Some(data.len()) {
            return Err(Error::ShapeDataMismatch {
                tensor: tensor.to_string(),
                shape,
                expected: expected.unwrap_or(usize::MAX),
                actual: data.len(),
            });
        }
        Ok(Self {
            data: HostData::from(data),
            shape,
        })
    }

    /// Views `[x, y, z]` points as an `[N, 3]` tensor, without copying.
    ///
    /// ```
    /// let points = [[0.0f32, 1.0, 2.0], [3.0, 4.0, 5.0]];
    /// assert_eq!(robocache::TensorView::points(&points).shape(), &[2, 3]);
    /// ```
    pub fn points(points: &'a [[f32; 3]]) -> Self {
        Self {
            data: HostData::from(bytemuck::cast_slice::<[f32; 3], f32>(points)),
            shape: vec![points.len(), 3],
        }
    }

    /// The axis sizes.
    ///
    /// ```
    /// let view = robocache::TensorView::new(&[0u8; 6], [2, 3])?;
    /// assert_eq!(view.shape(), &[2, 3]);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn shape(&self) -> &[usize] {
        &self.shape
    }

    /// The element type.
    ///
    /// ```
    /// let view = robocache::TensorView::new(&[robocache::f16::ONE], [1])?;
    /// assert_eq!(view.dtype(), robocache::DType::F16);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn dtype(&self) -> DType {
        self.data.dtype()
    }

    /// The typed slice underneath.
    ///
    /// ```
    /// let values = [1.0f64, 2.0];
    /// let view = robocache::TensorView::new(&values, [2])?;
    /// assert_eq!(view.data().as_slice::<f64>(), Some(&values[..]));
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn data(&self) -> HostData<'a> {
        self.data
    }
}

/// Where a tensor's memory lives.
#[derive(Clone)]
pub(crate) enum Storage {
    Host(HostBuffer),
    #[cfg(any(feature = "cuda", feature = "wgpu"))]
    Gpu(robocache_cubecl::GpuBuffer),
    /// Memory a caller owns ([`Context::wrap_cuda_memory`]).
    #[cfg(feature = "cuda")]
    Wrapped(Arc<robocache_cubecl::CudaMemory>),
}

impl Storage {
    /// What a tensor holds once its memory has been moved out.
    fn moved_out() -> Self {
        Storage::Host(HostBuffer::U8(Vec::new()))
    }
}

/// A tensor owned by a [`Context`], on its device.
///
/// Operations return these and take them as inputs, so a pipeline
/// (resample, then fuse, then voxelize) keeps its data on the device.
/// [`Tensor::to_vec`] brings the values to the host.
///
/// ```
/// use robocache::{Context, TensorView};
/// let ctx = Context::cpu();
/// let tensor = ctx.upload(TensorView::new(&[1u32, 2, 3, 4], [2, 2])?)?;
/// assert_eq!(tensor.to_vec::<u32>()?, vec![1, 2, 3, 4]);
/// assert!(tensor.to_vec::<f32>().is_err());
/// # Ok::<(), robocache::Error>(())
/// ```
#[derive(Clone)]
pub struct Tensor {
    context: Context,
    meta: TensorMeta,
    storage: Storage,
    /// A host copy of a small uploaded tensor on a GPU, which lets times and
    /// lengths be validated without device work.
    shadow: Option<Arc<Shadow>>,
    /// The device checks of the inputs the values were computed from, not
    /// yet found passed: a read reports their error instead of the values.
    checks: Vec<Check>,
}

/// A host copy of a small uploaded tensor's values, and what validation has
/// found true of them (checked once, however many calls read them).
#[derive(Debug)]
#[cfg_attr(not(any(feature = "cuda", feature = "wgpu")), allow(dead_code))]
pub(crate) struct Shadow {
    values: HostBuffer,
    known: robocache_core::KnownValid,
}

impl fmt::Debug for Tensor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Tensor")
            .field("shape", &self.meta.shape)
            .field("dtype", &self.meta.dtype)
            .field("backend", &self.context.backend())
            .finish()
    }
}

impl Tensor {
    pub(crate) fn new(context: Context, shape: Vec<usize>, storage: Storage) -> Self {
        let dtype = match &storage {
            Storage::Host(buffer) => buffer.dtype(),
            #[cfg(any(feature = "cuda", feature = "wgpu"))]
            Storage::Gpu(buffer) => buffer.dtype(),
            #[cfg(feature = "cuda")]
            Storage::Wrapped(memory) => memory.dtype(),
        };
        Tensor {
            context,
            meta: TensorMeta::new(shape, dtype),
            storage,
            shadow: None,
            checks: Vec::new(),
        }
    }

    /// Makes the values depend on `checks` (see the field).
    pub(crate) fn with_checks(mut self, checks: Vec<Check>) -> Self {
        self.checks = checks;
        self
    }

    /// The checks a result computed from this tensor inherits: those not
    /// yet found passed.
    pub(crate) fn unsettled_checks(&self) -> impl Iterator<Item = &Check> {
        self.checks.iter().filter(|c| !c.passed())
    }

    /// Settles the checks the values depend on; the first error replaces
    /// the values.
    fn settle_checks(&self) -> Result<()> {
        self.checks.iter().try_for_each(Check::verdict)
    }

    /// Keeps a host copy of the values (see the field).
    #[cfg(any(feature = "cuda", feature = "wgpu"))]
    pub(crate) fn with_shadow(mut self, shadow: Option<HostBuffer>) -> Self {
        self.shadow = shadow.map(|values| {
            Arc::new(Shadow {
                values,
                known: Default::default(),
            })
        });
        self
    }

    /// The device address of the first element, on a CUDA context: for
    /// handing the values to other CUDA code (DLPack, a kernel of one's
    /// own) without a copy. `None` on other backends.
    ///
    /// - The address is valid while this tensor, or a clone or reshape of
    ///   it, lives.
    /// - The values are there once the call that made them has run: for
    ///   work queued after the call on the stream of a context made with
    ///   [`Context::cuda_on_stream`]; otherwise after
    ///   [`Context::synchronize`].
    /// - An error found on the device in the inputs they were computed
    ///   from (SPEC section 5) is reported by reading the tensor and by
    ///   `Context::synchronize`, not here.
    ///
    /// ```
    /// use robocache::{Context, TensorView};
    /// let tensor = Context::cpu().upload(TensorView::new(&[1.0f32, 2.0], [2])?)?;
    /// assert_eq!(tensor.cuda_pointer()?, None);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    #[cfg(feature = "cuda")]
    pub fn cuda_pointer(&self) -> Result<Option<u64>> {
        match (&self.storage, &self.context.inner.device) {
            (Storage::Gpu(buffer), crate::context::Device::Cuda(gpu)) => gpu.buffer_address(buffer).map(Some),
            (Storage::Wrapped(memory), _) => Ok(Some(memory.address())),
            _ => Ok(None),
        }
    }

    /// The same values with another shape of as many elements; device memory
    /// is shared, host memory (the CPU backend) copied.
    ///
    /// ```
    /// use robocache::{Context, TensorView};
    /// let ctx = Context::cpu();
    /// let flat = ctx.upload(TensorView::new(&[1.0f32, 2.0, 3.0, 4.0], [4])?)?;
    /// let square = flat.reshape([2, 2])?;
    /// assert_eq!(square.shape(), &[2, 2]);
    /// assert!(flat.reshape([3]).is_err());
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn reshape(&self, shape: impl AsRef<[usize]>) -> Result<Tensor> {
        let shape = shape.as_ref().to_vec();
        let expected = shape.iter().try_fold(1usize, |n, &d| n.checked_mul(d));
        if expected != Some(self.len()) {
            return Err(Error::ShapeDataMismatch {
                tensor: "reshape".to_string(),
                shape,
                expected: expected.unwrap_or(usize::MAX),
                actual: self.len(),
            });
        }
        let mut reshaped = Tensor::new(self.context.clone(), shape, self.storage.clone());
        reshaped.shadow = self.shadow.clone();
        reshaped.checks = self.unsettled_checks().cloned().collect();
        Ok(reshaped)
    }

    /// The axis sizes.
    ///
    /// ```
    /// use robocache::{Context, TensorView};
    /// let tensor = Context::cpu().upload(TensorView::new(&[0.0f32; 6], [1, 2, 3])?)?;
    /// assert_eq!(tensor.shape(), &[1, 2, 3]);
    /// assert_eq!(tensor.len(), 6);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn shape(&self) -> &[usize] {
        &self.meta.shape
    }

    /// The element type.
    ///
    /// ```
    /// use robocache::{Context, DType, TensorView};
    /// let tensor = Context::cpu().upload(TensorView::new(&[0u32; 2], [2])?)?;
    /// assert_eq!(tensor.dtype(), DType::U32);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn dtype(&self) -> DType {
        self.meta.dtype
    }

    /// Number of elements.
    ///
    /// ```
    /// use robocache::{Context, TensorView};
    /// let tensor = Context::cpu().upload(TensorView::new(&[0u8; 12], [3, 4])?)?;
    /// assert_eq!(tensor.len(), 12);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn len(&self) -> usize {
        self.meta.len()
    }

    /// Whether the tensor holds no element.
    ///
    /// ```
    /// use robocache::{Context, TensorView};
    /// let tensor = Context::cpu().upload(TensorView::new::<f32>(&[], [2, 0])?)?;
    /// assert!(tensor.is_empty());
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The context that owns the tensor.
    ///
    /// ```
    /// use robocache::{Backend, Context, TensorView};
    /// let tensor = Context::cpu().upload(TensorView::new(&[1u8], [1])?)?;
    /// assert_eq!(tensor.context().backend(), Backend::Cpu);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn context(&self) -> &Context {
        &self.context
    }

    /// Copies the values to a host vector; `T` must be the tensor's dtype.
    ///
    /// On a GPU this waits for the work that computes the values. If a
    /// check that only the device could make (SPEC section 5) found the
    /// input this tensor was computed from invalid, the result is that
    /// typed error, never the values.
    ///
    /// ```
    /// use robocache::{Context, TensorView};
    /// let tensor = Context::cpu().upload(TensorView::new(&[1.0f64, 2.0], [2])?)?;
    /// assert_eq!(tensor.to_vec::<f64>()?, vec![1.0, 2.0]);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn to_vec<T: Element>(&self) -> Result<Vec<T>> {
        self.settle_checks()?;
        match &self.storage {
            Storage::Host(buffer) => buffer
                .as_slice::<T>()
                .map(<[T]>::to_vec)
                .ok_or(self.dtype_error::<T>()),
            #[cfg(any(feature = "cuda", feature = "wgpu"))]
            Storage::Gpu(buffer) => {
                if buffer.dtype() != T::DTYPE {
                    return Err(self.dtype_error::<T>());
                }
                self.download(buffer)?
                    .into_vec::<T>()
                    .map_err(|_| self.dtype_error::<T>())
            }
            #[cfg(feature = "cuda")]
            Storage::Wrapped(memory) => {
                if memory.dtype() != T::DTYPE {
                    return Err(self.dtype_error::<T>());
                }
                let crate::context::Device::Cuda(gpu) = &self.context.inner.device else {
                    unreachable!("only a CUDA context wraps CUDA memory")
                };
                gpu.read_wrapped(memory, "a wrapped tensor's read")?
                    .into_vec::<T>()
                    .map_err(|_| self.dtype_error::<T>())
            }
        }
    }

    /// Copies a device buffer of this tensor's context to the host.
    #[cfg(any(feature = "cuda", feature = "wgpu"))]
    fn download(&self, buffer: &robocache_cubecl::GpuBuffer) -> Result<HostBuffer> {
        let what = "a tensor download";
        dispatch!(&self.context.inner.device,
            cpu(_) => Err(Error::ForeignTensor {
                tensor: "tensor".to_string(),
                owner: "a GPU".to_string(),
                this: self.context.describe(),
            }),
            gpu(g) => g.download(buffer, what),
        )
    }

    /// Moves the values to a host vector (no copy on the CPU backend); `T`
    /// must be the tensor's dtype.
    ///
    /// ```
    /// use robocache::{Context, TensorView};
    /// let tensor = Context::cpu().upload(TensorView::new(&[1.5f32], [1])?)?;
    /// assert_eq!(tensor.into_vec::<f32>()?, vec![1.5]);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn into_vec<T: Element>(mut self) -> Result<Vec<T>> {
        self.settle_checks()?;
        let error = self.dtype_error::<T>();
        match std::mem::replace(&mut self.storage, Storage::moved_out()) {
            Storage::Host(buffer) => buffer.into_vec::<T>().map_err(|buffer| {
                self.storage = Storage::Host(buffer);
                error
            }),
            #[cfg(any(feature = "cuda", feature = "wgpu"))]
            storage => {
                self.storage = storage;
                self.to_vec::<T>()
            }
        }
    }

    /// Borrows the values on the host without copying, where the backend
    /// keeps them there (the CPU backend); `None` for device memory or
    /// another dtype.
    ///
    /// ```
    /// use robocache::{Context, TensorView};
    /// let tensor = Context::cpu().upload(TensorView::new(&[7u8, 9], [2])?)?;
    /// assert_eq!(tensor.as_host_slice::<u8>(), Some(&[7u8, 9][..]));
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn as_host_slice<T: Element>(&self) -> Option<&[T]> {
        match &self.storage {
            Storage::Host(buffer) => buffer.as_slice::<T>(),
            #[cfg(any(feature = "cuda", feature = "wgpu"))]
            _ => None,
        }
    }

    fn dtype_error<T: Element>(&self) -> Error {
        Error::DTypeMismatch {
            tensor: "tensor".to_string(),
            expected: T::DTYPE.name(),
            actual: self.meta.dtype,
        }
    }

    pub(crate) fn storage(&self) -> &Storage {
        &self.storage
    }
}

impl Drop for Tensor {
    fn drop(&mut self) {
        match std::mem::replace(&mut self.storage, Storage::moved_out()) {
            Storage::Host(buffer) => self.context.recycle(buffer),
            // Device buffers go back to CubeCL's pool when their handle
            // drops; wrapped memory to its owner when its last reader has.
            #[cfg(any(feature = "cuda", feature = "wgpu"))]
            _ => {}
        }
    }
}

/// An operation's input: a host view or a tensor already on the device.
///
/// Built implicitly: operations take `impl Into<TensorRef>`, so both
/// `TensorView::new(..)?` and `&tensor` can be passed.
///
/// ```
/// use robocache::{Context, TensorRef, TensorView};
/// let values = [0.0f64, 1.0];
/// let host: TensorRef = TensorView::new(&values, [1, 2])?.into();
/// let tensor = Context::cpu().upload(TensorView::new(&values, [1, 2])?)?;
/// let device: TensorRef = (&tensor).into();
/// assert_eq!(host.shape(), device.shape());
/// # Ok::<(), robocache::Error>(())
/// ```
#[derive(Debug, Clone)]
pub enum TensorRef<'a> {
    /// Caller memory on the host.
    Host(TensorView<'a>),
    /// A tensor owned by a context.
    Device(&'a Tensor),
}

impl<'a> From<TensorView<'a>> for TensorRef<'a> {
    fn from(view: TensorView<'a>) -> Self {
        TensorRef::Host(view)
    }
}

impl<'a> From<&'a Tensor> for TensorRef<'a> {
    fn from(tensor: &'a Tensor) -> Self {
        TensorRef::Device(tensor)
    }
}

impl<'a> TensorRef<'a> {
    /// The axis sizes.
    ///
    /// ```
    /// let values = [0.0f32; 4];
    /// let input: robocache::TensorRef = robocache::TensorView::new(&values, [2, 2])?.into();
    /// assert_eq!(input.shape(), &[2, 2]);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn shape(&self) -> &[usize] {
        match self {
            TensorRef::Host(view) => view.shape(),
            TensorRef::Device(tensor) => tensor.shape(),
        }
    }

    /// The element type.
    ///
    /// ```
    /// let values = [0u32; 2];
    /// let input: robocache::TensorRef = robocache::TensorView::new(&values, [2])?.into();
    /// assert_eq!(input.dtype(), robocache::DType::U32);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn dtype(&self) -> DType {
        match self {
            TensorRef::Host(view) => view.dtype(),
            TensorRef::Device(tensor) => tensor.dtype(),
        }
    }

    pub(crate) fn meta(&self) -> TensorMeta {
        TensorMeta::new(self.shape().to_vec(), self.dtype())
    }

    /// The unsettled device checks of a tensor input (none for host data).
    pub(crate) fn checks(&self) -> impl Iterator<Item = &Check> {
        let tensor = match self {
            TensorRef::Host(_) => None,
            TensorRef::Device(tensor) => Some(*tensor),
        };
        tensor.into_iter().flat_map(Tensor::unsettled_checks)
    }

    /// Checks that `context` owns a device tensor; `name` is its role.
    fn check_owner(tensor: &Tensor, context: &Context, name: &str) -> Result<()> {
        if tensor.context().inner.id != context.inner.id {
            return Err(Error::ForeignTensor {
                tensor: name.to_string(),
                owner: tensor.context().describe(),
                this: context.describe(),
            });
        }
        Ok(())
    }

    /// The values as host memory, for the CPU backend; `name` is the
    /// tensor's role, for the error when `context` does not own it.
    pub(crate) fn host_data(&self, context: &Context, name: &str) -> Result<HostData<'_>> {
        match self {
            TensorRef::Host(view) => Ok(view.data()),
            TensorRef::Device(tensor) => {
                Self::check_owner(tensor, context, name)?;
                match tensor.storage() {
                    Storage::Host(buffer) => Ok(buffer.view()),
                    #[cfg(any(feature = "cuda", feature = "wgpu"))]
                    _ => Err(Error::ForeignTensor {
                        tensor: name.to_string(),
                        owner: tensor.context().describe(),
                        this: context.describe(),
                    }),
                }
            }
        }
    }

    /// The input as a GPU backend takes it: host memory, or a buffer on
    /// `context`'s device.
    #[cfg(any(feature = "cuda", feature = "wgpu"))]
    pub(crate) fn gpu_input(&self, context: &Context, name: &str) -> Result<robocache_cubecl::GpuInput<'_>> {
        use robocache_cubecl::GpuInput;
        match self {
            TensorRef::Host(view) => Ok(GpuInput::Host(view.data())),
            TensorRef::Device(tensor) => {
                Self::check_owner(tensor, context, name)?;
                match tensor.storage() {
                    Storage::Gpu(buffer) => Ok(GpuInput::Device(
                        buffer,
                        tensor.shadow.as_deref().map(|shadow| robocache_cubecl::Shadow {
                            data: shadow.values.view(),
                            known: &shadow.known,
                        }),
                    )),
                    Storage::Host(buffer) => Ok(GpuInput::Host(buffer.view())),
                    #[cfg(feature = "cuda")]
                    Storage::Wrapped(memory) => Ok(GpuInput::Wrapped(memory)),
                }
            }
        }
    }
}
