//! Shape and dtype of a tensor, wherever its memory lives.

use crate::dtype::DType;
use crate::error::{Error, Result};

/// What every backend knows about a tensor without touching its memory.
///
/// ```
/// use robocache_core::{DType, TensorMeta};
/// let meta = TensorMeta::new(vec![2, 3], DType::F32);
/// assert_eq!(meta.len(), 6);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TensorMeta {
    /// Axis sizes, outermost first (row-major).
    pub shape: Vec<usize>,
    /// Element type.
    pub dtype: DType,
}

impl TensorMeta {
    /// Bundles a shape and a dtype.
    pub fn new(shape: Vec<usize>, dtype: DType) -> Self {
        Self { shape, dtype }
    }

    /// Number of elements (the product of the shape; saturating).
    pub fn len(&self) -> usize {
        self.shape
            .iter()
            .try_fold(1usize, |acc, &n| acc.checked_mul(n))
            .unwrap_or(usize::MAX)
    }

    /// Whether the tensor holds no element.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Checks the number of axes; `layout` names them for the message.
    pub(crate) fn expect_rank(&self, tensor: &str, rank: usize, layout: &'static str) -> Result<()> {
        if self.shape.len() == rank {
            Ok(())
        } else {
            Err(Error::Rank {
                tensor: tensor.to_string(),
                expected: rank,
                layout,
                actual: self.shape.clone(),
            })
        }
    }

    /// Checks that the dtype is one of `accepted`; `expected` lists them for the message.
    pub(crate) fn expect_dtype(
        &self,
        tensor: &str,
        accepted: &[DType],
        expected: &'static str,
    ) -> Result<()> {
        if accepted.contains(&self.dtype) {
            Ok(())
        } else {
            Err(Error::DTypeMismatch {
                tensor: tensor.to_string(),
                expected,
                actual: self.dtype,
            })
        }
    }
}

/// Checks that `tensor`'s `axis` has the size `reference` fixed.
pub(crate) fn expect_axis(
    tensor: &str,
    axis: &'static str,
    actual: usize,
    expected: usize,
    reference: &str,
) -> Result<()> {
    if actual == expected {
        Ok(())
    } else {
        Err(Error::ShapeMismatch {
            tensor: tensor.to_string(),
            axis,
            actual,
            expected,
            reference: reference.to_string(),
        })
    }
}

/// Checks that an axis is non-empty; `why` explains the rule.
pub(crate) fn expect_nonempty(
    tensor: &str,
    axis: &'static str,
    size: usize,
    why: &'static str,
) -> Result<()> {
    if size > 0 {
        Ok(())
    } else {
        Err(Error::EmptyAxis {
            tensor: tensor.to_string(),
            axis,
            why,
        })
    }
}
