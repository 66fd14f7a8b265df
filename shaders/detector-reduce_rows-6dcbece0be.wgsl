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

let l_0 = id >= info.scalars_u32[0];
if l_0 {
return;
}
let l_1 = buffer_1_global[id];
let l_2 = l_1 != u32(4294967295);
if l_2 {
let l_3 = &buffer_3_global[l_1];
let l_4 = atomicAdd(l_3, u32(1));
for (var l_mut_5: u32 = u32(0); l_mut_5 < info.scalars_u32[1]; l_mut_5++) {
let l_6 = id * info.scalars_u32[1];
let l_7 = l_6 + l_mut_5;
let l_8 = buffer_0_global[l_7];
let l_9 = bitcast<f32>(l_8);
let l_10 = is_nan_1_f32(l_9);let l_11 = is_inf_1_f32(l_9);let l_12 = l_10 || l_11;
if l_12 {
let l_13 = u32(4294967295) - id;
let l_14 = &buffer_4_global[u32(0)];
let l_15 = atomicMax(l_14, l_13);}
let l_16 = abs(l_9);
let l_17 = bitcast<u32>(l_16);
let l_18 = l_1 * info.scalars_u32[1];
let l_19 = l_18 + l_mut_5;
let l_20 = &buffer_2_global[l_19];
let l_21 = atomicMax(l_20, l_17);}
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
