//! One batch over several devices: each context works on a contiguous share
//! of the batch, all at once, and the results come back in order.

use std::ops::Range;

use crate::{Context, Error, Result};

/// The contiguous shares of `batch` items over `parts` workers, as even as
/// can be: the first `batch % parts` shares are one item longer.
///
/// ```
/// assert_eq!(robocache::batch_shares(10, 3), vec![0..4, 4..7, 7..10]);
/// assert_eq!(robocache::batch_shares(1, 2), vec![0..1, 1..1]);
/// ```
pub fn batch_shares(batch: usize, parts: usize) -> Vec<Range<usize>> {
    let parts = parts.max(1);
    let (base, longer) = (batch / parts, batch % parts);
    let mut start = 0;
    (0..parts)
        .map(|i| {
            let end = start + base + usize::from(i < longer);
            let share = start..end;
            start = end;
            share
        })
        .collect()
}

/// Runs `work` once per context, each on its own thread with its share of a
/// batch of `batch` items ([`batch_shares`]), and returns the results in
/// the order of `contexts`. Contexts on different GPUs
/// ([`Context::cuda`]) work concurrently; gather the shares' outputs with
/// `to_vec` and concatenate them, or keep each on its device. The first
/// failing share's error (in context order) is returned; a share of no
/// items still calls `work`, with an empty range.
///
/// ```
/// use robocache::{split_batch, Context, InterpMode, TensorView};
/// // 4 episodes of 3 samples, resampled at 2 targets, over two contexts.
/// let (b, s, t) = (4, 3, 2);
/// let values: Vec<f32> = (0..b * s).map(|i| i as f32).collect();
/// let src: Vec<f64> = (0..b * s).map(|i| (i % s) as f64).collect();
/// let tgt: Vec<f64> = (0..b * t).map(|i| 0.5 + (i % t) as f64).collect();
/// let contexts = [Context::cpu(), Context::cpu()];
/// let shares = split_batch(&contexts, b, |ctx, share| {
///     let n = share.len();
///     let out = ctx
///         .resample(
///             TensorView::new(&values[share.start * s..share.end * s], [n, s, 1])?,
///             TensorView::new(&src[share.start * s..share.end * s], [n, s])?,
///             TensorView::new(&tgt[share.start * t..share.end * t], [n, t])?,
///         )
///         .mode(InterpMode::Linear)
///         .run()?;
///     out.values.to_vec::<f32>()
/// })?;
/// assert_eq!(shares.concat(), vec![0.5, 1.5, 3.5, 4.5, 6.5, 7.5, 9.5, 10.5]);
/// # Ok::<(), robocache::Error>(())
/// ```
pub fn split_batch<T: Send>(
    contexts: &[Context],
    batch: usize,
    work: impl Fn(&Context, Range<usize>) -> Result<T> + Sync,
) -> Result<Vec<T>> {
    if contexts.is_empty() {
        return Err(Error::NoContexts);
    }
    let shares = batch_shares(batch, contexts.len());
    let work = &work;
    let results: Vec<Result<T>> = std::thread::scope(|scope| {
        let running: Vec<_> = contexts
            .iter()
            .zip(shares)
            .map(|(context, share)| scope.spawn(move || work(context, share)))
            .collect();
        running
            .into_iter()
            .map(|thread| match thread.join() {
                Ok(result) => result,
                // A panicking share panics the caller, as the same work
                // would have on one thread.
                Err(panic) => std::panic::resume_unwind(panic),
            })
            .collect()
    });
    results.into_iter().collect()
}
