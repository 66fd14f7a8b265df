//! What host validation has already found true of a tensor's values.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// Checks a tensor's values have passed, remembered with the tensor so that
/// a tensor passed to many calls is checked once: a GPU tensor's host copy of
/// its times is validated in microseconds per thousand values, which a large
/// batch pays on every call otherwise. Sound because robocache tensors never
/// change after they are made; a reshaped tensor shares the memory, so what
/// depends on the shape records the shape it was checked with.
///
/// ```
/// use robocache_core::KnownValid;
/// let known = KnownValid::default();
/// assert!(!known.rows_sorted(500));
/// known.set_rows_sorted(500);
/// assert!(known.rows_sorted(500));
/// assert!(!known.rows_sorted(250), "another row length is checked anew");
/// ```
#[derive(Debug, Default)]
pub struct KnownValid {
    finite: AtomicBool,
    /// One more than the row length whose rows were found non-decreasing
    /// and finite throughout; 0 for none.
    sorted_rows: AtomicUsize,
}

impl KnownValid {
    /// Whether every value was found finite.
    pub fn finite(&self) -> bool {
        self.finite.load(Ordering::Acquire)
    }

    /// Records that every value is finite.
    pub fn set_finite(&self) {
        self.finite.store(true, Ordering::Release);
    }

    /// Whether, cut into rows of `samples`, every row was found
    /// non-decreasing and finite throughout.
    pub fn rows_sorted(&self, samples: usize) -> bool {
        self.sorted_rows.load(Ordering::Acquire) == samples.wrapping_add(1)
    }

    /// Records that rows of `samples` are non-decreasing and finite
    /// throughout (so every value is finite too).
    pub fn set_rows_sorted(&self, samples: usize) {
        self.sorted_rows.store(samples.wrapping_add(1), Ordering::Release);
        self.set_finite();
    }
}
