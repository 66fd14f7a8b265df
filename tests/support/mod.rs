//! Shared by the soak and fuzz harnesses.

use robocache::{Context, Result, Tensor, TensorRef, TensorView};

/// A call's input as the caller holds it: a view of host memory, or the same
/// data uploaded first, so that both kinds of input reach every path.
pub enum Placed<'a> {
    Host(TensorView<'a>),
    Device(Tensor),
}

impl<'a> Placed<'a> {
    /// `view` as is, or uploaded to `ctx` when `on_device`.
    pub fn new(ctx: &Context, view: TensorView<'a>, on_device: bool) -> Result<Self> {
        Ok(if on_device {
            Placed::Device(ctx.upload(view)?)
        } else {
            Placed::Host(view)
        })
    }

    pub fn get(&self) -> TensorRef<'_> {
        match self {
            Placed::Host(view) => view.clone().into(),
            Placed::Device(tensor) => tensor.into(),
        }
    }
}
