@group(0)
@binding(0)
var<storage, read_write> buffer_0_global: array<u32>;

@group(0)
@binding(1)
var<storage, read_write> buffer_1_global: array<u32>;

@group(0)
@binding(2)
var<storage, read_write> buffer_2_global: array<atomic<u32>>;

@group(0)
@binding(3)
var<storage, read_write> buffer_3_global: array<atomic<u32>>;

@group(0)
@binding(4)
var<storage, read_write> buffer_4_global: array<atomic<u32>>;

struct info_st {
   scalars_u32: array<u32, 2>,
   static_meta: array<u32, 10>,
}

@group(0)
@binding(5)
var<storage, read> info: info_st;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn reduce_rows(
    @builtin(global_invocation_id) global_id: vec3<u32>,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
) {
let id = (u32(global_id.z) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X) * u32(num_workgroups.y) * u32(WORKGROUP_SIZE_Y)) + (u32(global_id.y) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X)) + u32(global_id.x);

var l_mut_16: u32;
let l_0 = id >= info.scalars_u32[0];
if l_0 {
return;
}
let l_1 = buffer_1_global[id];
let l_2 = l_1 != u32(4294967295);
if l_2 {

for (var l_mut_3: u32 = u32(0); l_mut_3 < info.scalars_u32[1]; l_mut_3++) {
let l_4 = id * info.scalars_u32[1];
let l_5 = l_4 + l_mut_3;
let l_6 = buffer_0_global[l_5];
let l_7 = bitcast<f32>(l_6);
let l_8 = is_nan_1_f32(l_7);let l_9 = is_inf_1_f32(l_7);let l_10 = l_8 || l_9;
if l_10 {
let l_11 = u32(4294967295) - id;
let l_12 = &buffer_4_global[u32(0)];
let l_13 = atomicMax(l_12, l_11);}
let l_14 = bitcast<u32>(l_7);
let l_15 = l_14 | u32(2147483648);
l_mut_16 = l_15;
let l_17 = l_14 >> u32(31);
let l_18 = l_17 == u32(1);
if l_18 {
let l_19 = ~l_14;
l_mut_16 = l_19;
}
let l_20 = l_1 * info.scalars_u32[1];
let l_21 = l_20 + l_mut_3;
let l_22 = &buffer_2_global[l_21];
let l_23 = atomicMax(l_22, l_mut_16);}
}
}
fn is_nan_primitive_f32(x: f32) -> bool {
    let bits = bitcast<u32>(x);
    let abs_bits = bits & 0x7fffffffu;
    return abs_bits > 0x7f800000u;
}


fn is_nan_1_f32(x: f32, ) -> bool{
    return is_nan_primitive_f32(x, );
}



fn is_inf_primitive_f32(x: f32) -> bool {
    let bits = bitcast<u32>(x);
    let abs_bits = bits & 0x7fffffffu;
    return abs_bits == 0x7f800000u;
}


fn is_inf_1_f32(x: f32, ) -> bool{
    return is_inf_primitive_f32(x, );
}
