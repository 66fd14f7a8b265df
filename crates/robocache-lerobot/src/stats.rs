//! Per-dimension statistics of a feature, as LeRobot normalises with them
//! (`meta/stats.json`): min, max, mean, std and count.

/// Running statistics of a `[frames, width]` column, in f64.
#[derive(Clone, Debug)]
pub(crate) struct RunningStats {
    min: Vec<f64>,
    max: Vec<f64>,
    sum: Vec<f64>,
    sum_squares: Vec<f64>,
    count: u64,
}

impl RunningStats {
    pub(crate) fn new(width: usize) -> Self {
        Self {
            min: vec![f64::INFINITY; width],
            max: vec![f64::NEG_INFINITY; width],
            sum: vec![0.0; width],
            sum_squares: vec![0.0; width],
            count: 0,
        }
    }

    /// Adds rows of `width` values each.
    pub(crate) fn add(&mut self, values: impl Iterator<Item = f64>) {
        let width = self.min.len().max(1);
        let mut column = 0;
        for value in values {
            self.min[column] = self.min[column].min(value);
            self.max[column] = self.max[column].max(value);
            self.sum[column] += value;
            self.sum_squares[column] += value * value;
            column += 1;
            if column == width {
                column = 0;
                self.count += 1;
            }
        }
    }

    pub(crate) fn to_json(&self) -> serde_json::Value {
        let n = self.count.max(1) as f64;
        let mean: Vec<f64> = self.sum.iter().map(|s| s / n).collect();
        let std: Vec<f64> = self
            .sum_squares
            .iter()
            .zip(&mean)
            .map(|(sq, m)| (sq / n - m * m).max(0.0).sqrt())
            .collect();
        let finite =
            |v: &[f64]| -> Vec<f64> { v.iter().map(|x| if x.is_finite() { *x } else { 0.0 }).collect() };
        serde_json::json!({
            "min": finite(&self.min),
            "max": finite(&self.max),
            "mean": mean,
            "std": std,
            "count": [self.count],
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statistics_are_per_dimension() {
        let mut stats = RunningStats::new(2);
        stats.add([1.0, 10.0, 3.0, 30.0].into_iter());
        let json = stats.to_json();
        assert_eq!(json["min"], serde_json::json!([1.0, 10.0]));
        assert_eq!(json["max"], serde_json::json!([3.0, 30.0]));
        assert_eq!(json["mean"], serde_json::json!([2.0, 20.0]));
        assert_eq!(json["std"], serde_json::json!([1.0, 10.0]));
        assert_eq!(json["count"], serde_json::json!([2]));
    }
}
