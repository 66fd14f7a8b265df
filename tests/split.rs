//! `split_batch`: a batch spread over contexts gives what one context gives,
//! in order, and every item is worked on exactly once.

use robocache::{batch_shares, split_batch, Context, Error, InterpMode, Stream, TensorView};

#[test]
fn shares_cover_the_batch_once_in_order() {
    for batch in 0..20 {
        for parts in 1..6 {
            let shares = batch_shares(batch, parts);
            assert_eq!(shares.len(), parts);
            assert_eq!(shares.first().map(|s| s.start), Some(0));
            assert_eq!(shares.last().map(|s| s.end), Some(batch));
            assert!(shares.windows(2).all(|w| w[0].end == w[1].start));
            let (min, max) = (
                shares.iter().map(|s| s.len()).min().unwrap(),
                shares.iter().map(|s| s.len()).max().unwrap(),
            );
            assert!(max - min <= 1, "{batch} over {parts}: {shares:?}");
        }
    }
}

#[test]
fn a_fusion_split_over_three_contexts_equals_one_context() {
    let (b, t) = (7, 40);
    let (s1, d1, s2, d2) = (50, 6, 13, 3);
    let fast: Vec<f32> = (0..b * s1 * d1).map(|i| ((i * 37) % 101) as f32 * 0.1).collect();
    let fast_t: Vec<f64> = (0..b * s1)
        .map(|i| (i % s1) as f64 * 0.02 + (i / s1) as f64 * 1e-3)
        .collect();
    let slow: Vec<f32> = (0..b * s2 * d2).map(|i| ((i * 11) % 23) as f32).collect();
    let slow_t: Vec<f64> = (0..b * s2).map(|i| (i % s2) as f64 * 0.08).collect();
    let tgt: Vec<f64> = (0..b * t).map(|i| (i % t) as f64 * 0.024).collect();
    let fuse = |ctx: &Context, share: std::ops::Range<usize>| {
        let n = share.len();
        let rows = |v: &[f32], per: usize| v[share.start * per..share.end * per].to_vec();
        let times = |v: &[f64], per: usize| v[share.start * per..share.end * per].to_vec();
        let (a, at, c, ct, g) = (
            rows(&fast, s1 * d1),
            times(&fast_t, s1),
            rows(&slow, s2 * d2),
            times(&slow_t, s2),
            times(&tgt, t),
        );
        let out = ctx
            .fuse(TensorView::new(&g, [n, t])?)
            .stream(Stream::new(
                TensorView::new(&a, [n, s1, d1])?,
                TensorView::new(&at, [n, s1])?,
            ))
            .stream(
                Stream::new(TensorView::new(&c, [n, s2, d2])?, TensorView::new(&ct, [n, s2])?)
                    .mode(InterpMode::Previous)
                    .tolerance(0.1),
            )
            .run()?;
        Ok((
            out.values.to_vec::<f32>()?,
            out.valid.map(|v| v.to_vec::<u8>()).transpose()?,
        ))
    };
    let one = split_batch(&[Context::cpu()], b, fuse).unwrap();
    let three = split_batch(&[Context::cpu(), Context::cpu(), Context::cpu()], b, fuse).unwrap();
    assert_eq!(three.len(), 3);
    let values: Vec<f32> = three.iter().flat_map(|(v, _)| v.clone()).collect();
    let valid: Vec<u8> = three.iter().flat_map(|(_, m)| m.clone().unwrap()).collect();
    assert_eq!(values, one[0].0);
    assert_eq!(Some(valid), one[0].1);
}

#[test]
fn the_first_failing_share_is_the_error() {
    let contexts = [Context::cpu(), Context::cpu(), Context::cpu()];
    let result = split_batch(&contexts, 3, |_, share| {
        if share.start >= 1 {
            Err(Error::EmptyAxis {
                tensor: format!("share {}", share.start),
                axis: "B",
                why: "a test's failure",
            })
        } else {
            Ok(share.start)
        }
    });
    match result {
        Err(Error::EmptyAxis { tensor, .. }) => assert_eq!(tensor, "share 1"),
        other => panic!("expected the second share's error, got {other:?}"),
    }
    assert!(matches!(
        split_batch(&[], 3, |_, _| Ok(())),
        Err(Error::NoContexts)
    ));
}
