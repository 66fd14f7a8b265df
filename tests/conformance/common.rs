//! Small helpers shared by the cases.

use robocache::{Context, Element, InterpMode, Tensor, TensorView};

/// A view of a test slice; the shapes in tests are right by construction.
pub fn view<'a, T: Element>(data: &'a [T], shape: &[usize]) -> TensorView<'a> {
    TensorView::new(data, shape).expect("test shapes match their data")
}

/// Resamples one row of scalar samples and returns the values.
pub fn resample_row(ctx: &Context, values: &[f32], src: &[f64], tgt: &[f64], mode: InterpMode) -> Vec<f32> {
    let out = ctx
        .resample(
            view(values, &[1, values.len(), 1]),
            view(src, &[1, src.len()]),
            view(tgt, &[1, tgt.len()]),
        )
        .mode(mode)
        .run()
        .expect("valid input");
    host::<f32>(&out.values)
}

/// The values of a tensor, on the host.
pub fn host<T: Element>(tensor: &Tensor) -> Vec<T> {
    tensor.to_vec::<T>().expect("dtype as documented")
}

/// Bit patterns, so that comparisons tell -0.0 from 0.0.
pub fn bits(values: &[f32]) -> Vec<u32> {
    values.iter().map(|v| v.to_bits()).collect()
}

/// Asserts `|got - want| <= tolerance(i)` elementwise, naming the first miss.
pub fn assert_close(got: &[f32], want: &[f64], tolerance: impl Fn(usize) -> f64, what: &str) {
    assert_eq!(got.len(), want.len(), "{what}: length");
    for (i, (&g, &w)) in got.iter().zip(want).enumerate() {
        let tol = tolerance(i);
        assert!(
            (f64::from(g) - w).abs() <= tol,
            "{what}: element {i} is {g}, expected {w} (tolerance {tol:e})"
        );
    }
}
