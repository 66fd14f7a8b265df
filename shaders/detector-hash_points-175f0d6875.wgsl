@group(0)
@binding(0)
var<storage, read_write> buffer_0_global: array<u32>;

@group(0)
@binding(1)
var<storage, read_write> buffer_1_global: array<u32>;

@group(0)
@binding(2)
var<storage, read_write> buffer_2_global: array<u32>;

@group(0)
@binding(3)
var<storage, read_write> buffer_3_global: array<atomic<u32>>;

@group(0)
@binding(4)
var<storage, read_write> buffer_4_global: array<atomic<u32>>;

@group(0)
@binding(5)
var<storage, read_write> buffer_5_global: array<u32>;

@group(0)
@binding(6)
var<storage, read_write> buffer_6_global: array<atomic<u32>>;

struct info_st {
   scalars_f32: array<f32, 10>,
   scalars_u32: array<u32, 10>,
   static_meta: array<u32, 14>,
}

@group(0)
@binding(7)
var<storage, read> info: info_st;

var<workgroup> shared_memory_103: array<u32, 768>;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn hash_points(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
var l_mut_6: u32;
var l_mut_9: u32;
var l_mut_10: u32;
var l_mut_11: u32;
var l_mut_19: u32;
var l_mut_49: u32;
var l_mut_74: u32;
var l_mut_78: u32;
let l_0 = workgroup_id.y * num_workgroups.x;
let l_1 = l_0 + workgroup_id.x;
let l_2 = l_1 / info.scalars_u32[5];
let l_3 = l_1 % info.scalars_u32[5];
let l_4 = l_3 * u32(2048);
let l_5 = l_2 >= info.scalars_u32[6];
if l_5 {
return;
}
l_mut_6 = info.scalars_u32[3];
let l_7 = l_2 * info.scalars_u32[7];
let l_8 = info.scalars_u32[7] - u32(1);
l_mut_9 = u32(0);
l_mut_10 = u32(0);
l_mut_11 = u32(0);

for (var l_mut_12: u32 = u32(0); l_mut_12 < u32(8); l_mut_12++) {
let l_13 = local_idx * u32(8);
let l_14 = l_13 + l_mut_12;
let l_15 = l_4 + l_14;
let l_16 = l_15 < info.scalars_u32[3];
if l_16 {
let l_17 = l_2 * info.scalars_u32[3];
let l_18 = l_17 + l_15;
l_mut_19 = u32(4294967295);
let l_20 = l_15 < l_mut_6;
if l_20 {
let l_21 = u32(3) * l_18;
let l_22 = buffer_0_global[l_21];
let l_23 = bitcast<f32>(l_22);
let l_24 = u32(3) * l_18;
let l_25 = l_24 + u32(1);
let l_26 = buffer_0_global[l_25];
let l_27 = bitcast<f32>(l_26);
let l_28 = u32(3) * l_18;
let l_29 = l_28 + u32(2);
let l_30 = buffer_0_global[l_29];
let l_31 = bitcast<f32>(l_30);
let l_32 = l_23 - info.scalars_f32[0];
let l_33 = l_32 * info.scalars_f32[3];
let l_34 = l_27 - info.scalars_f32[1];
let l_35 = l_34 * info.scalars_f32[4];
let l_36 = l_31 - info.scalars_f32[2];
let l_37 = l_36 * info.scalars_f32[5];
let l_38 = l_33 >= f32(0.0);
let l_39 = l_33 < info.scalars_f32[6];
let l_40 = l_38 && l_39;
let l_41 = l_35 >= f32(0.0);
let l_42 = l_40 && l_41;
let l_43 = l_35 < info.scalars_f32[7];
let l_44 = l_42 && l_43;
let l_45 = l_37 >= f32(0.0);
let l_46 = l_44 && l_45;
let l_47 = l_37 < info.scalars_f32[8];
let l_48 = l_46 && l_47;
l_mut_49 = u32(4294967295);
if l_48 {
let l_50 = u32(l_33);
let l_51 = l_50 * info.scalars_u32[0];
let l_52 = u32(l_35);
let l_53 = l_51 + l_52;
let l_54 = l_53 * info.scalars_u32[1];
let l_55 = u32(l_37);
let l_56 = l_54 + l_55;
l_mut_49 = l_56;
} else {
let l_57 = is_nan_1_f32(l_23);let l_58 = is_inf_1_f32(l_23);let l_59 = l_57 || l_58;
let l_60 = is_nan_1_f32(l_27);let l_61 = l_59 || l_60;
let l_62 = is_inf_1_f32(l_27);let l_63 = l_61 || l_62;
let l_64 = is_nan_1_f32(l_31);let l_65 = l_63 || l_64;
let l_66 = is_inf_1_f32(l_31);let l_67 = l_65 || l_66;
let l_68 = !l_67;
let l_69 = !l_68;
if l_69 {
l_mut_49 = u32(4294967294);
}
}
let l_70 = l_mut_49 == u32(4294967294);
if l_70 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_71 = l_mut_49 == u32(4294967295);
if l_71 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_72 = l_mut_49 * u32(2654435761);
let l_73 = l_72 >> info.scalars_u32[8];
l_mut_74 = l_73;
loop {
let l_75 = l_7 + l_mut_74;
let l_76 = &buffer_3_global[l_75];
let l_77 = atomicCompareExchangeWeak(l_76, u32(4294967295), l_mut_49).old_value;
l_mut_78 = l_77;
let l_79 = l_77 == u32(4294967295);
if l_79 {
let l_80 = l_7 + l_mut_74;
let l_81 = &buffer_3_global[l_80];
let l_82 = atomicLoad(l_81);
l_mut_78 = l_82;
}
let l_83 = l_mut_78 == l_mut_49;
if l_83 {
break;
}
let l_84 = l_mut_78 != u32(4294967295);
if l_84 {
let l_85 = l_mut_74 + u32(1);
let l_86 = l_85 & l_8;
l_mut_74 = l_86;
}
}
let l_87 = l_7 + l_mut_74;
let l_88 = &buffer_4_global[l_87];
let l_89 = atomicMin(l_88, l_15);l_mut_19 = l_mut_74;

for (var l_mut_90: u32 = u32(0); l_mut_90 < info.scalars_u32[4]; l_mut_90++) {
let l_91 = l_18 * info.scalars_u32[4];
let l_92 = l_91 + l_mut_90;
let l_93 = buffer_1_global[l_92];
let l_94 = bitcast<f32>(l_93);
let l_95 = is_nan_1_f32(l_94);let l_96 = is_inf_1_f32(l_94);let l_97 = l_95 || l_96;
if l_97 {
let l_98 = u32(4294967295) - l_18;
let l_99 = u32(3) * info.scalars_u32[6];
let l_100 = &buffer_6_global[l_99];
let l_101 = atomicMax(l_100, l_98);}
}
}
}
}
buffer_5_global[l_18] = l_mut_19;
}
}
let l_102 = u32(3) * l_2;
let l_104 = u32(3) * local_idx;
shared_memory_103[l_104] = l_mut_9;
let l_105 = u32(3) * local_idx;
let l_106 = l_105 + u32(1);
shared_memory_103[l_106] = l_mut_10;
let l_107 = u32(3) * local_idx;
let l_108 = l_107 + u32(2);
shared_memory_103[l_108] = l_mut_11;
workgroupBarrier();
let l_109 = local_idx < u32(128);
if l_109 {
let l_110 = u32(3) * local_idx;
let l_111 = local_idx + u32(128);
let l_112 = u32(3) * l_111;
let l_113 = shared_memory_103[l_112];
let l_114 = shared_memory_103[l_110];
let l_115 = l_114 + l_113;
shared_memory_103[l_110] = l_115;
let l_116 = u32(3) * local_idx;
let l_117 = l_116 + u32(1);
let l_118 = local_idx + u32(128);
let l_119 = u32(3) * l_118;
let l_120 = l_119 + u32(1);
let l_121 = shared_memory_103[l_120];
let l_122 = shared_memory_103[l_117];
let l_123 = l_122 + l_121;
shared_memory_103[l_117] = l_123;
let l_124 = u32(3) * local_idx;
let l_125 = l_124 + u32(2);
let l_126 = local_idx + u32(128);
let l_127 = u32(3) * l_126;
let l_128 = l_127 + u32(2);
let l_129 = shared_memory_103[l_128];
let l_130 = shared_memory_103[l_125];
let l_131 = l_130 + l_129;
shared_memory_103[l_125] = l_131;
}
workgroupBarrier();
let l_132 = local_idx < u32(64);
if l_132 {
let l_133 = u32(3) * local_idx;
let l_134 = local_idx + u32(64);
let l_135 = u32(3) * l_134;
let l_136 = shared_memory_103[l_135];
let l_137 = shared_memory_103[l_133];
let l_138 = l_137 + l_136;
shared_memory_103[l_133] = l_138;
let l_139 = u32(3) * local_idx;
let l_140 = l_139 + u32(1);
let l_141 = local_idx + u32(64);
let l_142 = u32(3) * l_141;
let l_143 = l_142 + u32(1);
let l_144 = shared_memory_103[l_143];
let l_145 = shared_memory_103[l_140];
let l_146 = l_145 + l_144;
shared_memory_103[l_140] = l_146;
let l_147 = u32(3) * local_idx;
let l_148 = l_147 + u32(2);
let l_149 = local_idx + u32(64);
let l_150 = u32(3) * l_149;
let l_151 = l_150 + u32(2);
let l_152 = shared_memory_103[l_151];
let l_153 = shared_memory_103[l_148];
let l_154 = l_153 + l_152;
shared_memory_103[l_148] = l_154;
}
workgroupBarrier();
let l_155 = local_idx < u32(32);
if l_155 {
let l_156 = u32(3) * local_idx;
let l_157 = local_idx + u32(32);
let l_158 = u32(3) * l_157;
let l_159 = shared_memory_103[l_158];
let l_160 = shared_memory_103[l_156];
let l_161 = l_160 + l_159;
shared_memory_103[l_156] = l_161;
let l_162 = u32(3) * local_idx;
let l_163 = l_162 + u32(1);
let l_164 = local_idx + u32(32);
let l_165 = u32(3) * l_164;
let l_166 = l_165 + u32(1);
let l_167 = shared_memory_103[l_166];
let l_168 = shared_memory_103[l_163];
let l_169 = l_168 + l_167;
shared_memory_103[l_163] = l_169;
let l_170 = u32(3) * local_idx;
let l_171 = l_170 + u32(2);
let l_172 = local_idx + u32(32);
let l_173 = u32(3) * l_172;
let l_174 = l_173 + u32(2);
let l_175 = shared_memory_103[l_174];
let l_176 = shared_memory_103[l_171];
let l_177 = l_176 + l_175;
shared_memory_103[l_171] = l_177;
}
workgroupBarrier();
let l_178 = local_idx < u32(16);
if l_178 {
let l_179 = u32(3) * local_idx;
let l_180 = local_idx + u32(16);
let l_181 = u32(3) * l_180;
let l_182 = shared_memory_103[l_181];
let l_183 = shared_memory_103[l_179];
let l_184 = l_183 + l_182;
shared_memory_103[l_179] = l_184;
let l_185 = u32(3) * local_idx;
let l_186 = l_185 + u32(1);
let l_187 = local_idx + u32(16);
let l_188 = u32(3) * l_187;
let l_189 = l_188 + u32(1);
let l_190 = shared_memory_103[l_189];
let l_191 = shared_memory_103[l_186];
let l_192 = l_191 + l_190;
shared_memory_103[l_186] = l_192;
let l_193 = u32(3) * local_idx;
let l_194 = l_193 + u32(2);
let l_195 = local_idx + u32(16);
let l_196 = u32(3) * l_195;
let l_197 = l_196 + u32(2);
let l_198 = shared_memory_103[l_197];
let l_199 = shared_memory_103[l_194];
let l_200 = l_199 + l_198;
shared_memory_103[l_194] = l_200;
}
workgroupBarrier();
let l_201 = local_idx < u32(8);
if l_201 {
let l_202 = u32(3) * local_idx;
let l_203 = local_idx + u32(8);
let l_204 = u32(3) * l_203;
let l_205 = shared_memory_103[l_204];
let l_206 = shared_memory_103[l_202];
let l_207 = l_206 + l_205;
shared_memory_103[l_202] = l_207;
let l_208 = u32(3) * local_idx;
let l_209 = l_208 + u32(1);
let l_210 = local_idx + u32(8);
let l_211 = u32(3) * l_210;
let l_212 = l_211 + u32(1);
let l_213 = shared_memory_103[l_212];
let l_214 = shared_memory_103[l_209];
let l_215 = l_214 + l_213;
shared_memory_103[l_209] = l_215;
let l_216 = u32(3) * local_idx;
let l_217 = l_216 + u32(2);
let l_218 = local_idx + u32(8);
let l_219 = u32(3) * l_218;
let l_220 = l_219 + u32(2);
let l_221 = shared_memory_103[l_220];
let l_222 = shared_memory_103[l_217];
let l_223 = l_222 + l_221;
shared_memory_103[l_217] = l_223;
}
workgroupBarrier();
let l_224 = local_idx < u32(4);
if l_224 {
let l_225 = u32(3) * local_idx;
let l_226 = local_idx + u32(4);
let l_227 = u32(3) * l_226;
let l_228 = shared_memory_103[l_227];
let l_229 = shared_memory_103[l_225];
let l_230 = l_229 + l_228;
shared_memory_103[l_225] = l_230;
let l_231 = u32(3) * local_idx;
let l_232 = l_231 + u32(1);
let l_233 = local_idx + u32(4);
let l_234 = u32(3) * l_233;
let l_235 = l_234 + u32(1);
let l_236 = shared_memory_103[l_235];
let l_237 = shared_memory_103[l_232];
let l_238 = l_237 + l_236;
shared_memory_103[l_232] = l_238;
let l_239 = u32(3) * local_idx;
let l_240 = l_239 + u32(2);
let l_241 = local_idx + u32(4);
let l_242 = u32(3) * l_241;
let l_243 = l_242 + u32(2);
let l_244 = shared_memory_103[l_243];
let l_245 = shared_memory_103[l_240];
let l_246 = l_245 + l_244;
shared_memory_103[l_240] = l_246;
}
workgroupBarrier();
let l_247 = local_idx < u32(2);
if l_247 {
let l_248 = u32(3) * local_idx;
let l_249 = local_idx + u32(2);
let l_250 = u32(3) * l_249;
let l_251 = shared_memory_103[l_250];
let l_252 = shared_memory_103[l_248];
let l_253 = l_252 + l_251;
shared_memory_103[l_248] = l_253;
let l_254 = u32(3) * local_idx;
let l_255 = l_254 + u32(1);
let l_256 = local_idx + u32(2);
let l_257 = u32(3) * l_256;
let l_258 = l_257 + u32(1);
let l_259 = shared_memory_103[l_258];
let l_260 = shared_memory_103[l_255];
let l_261 = l_260 + l_259;
shared_memory_103[l_255] = l_261;
let l_262 = u32(3) * local_idx;
let l_263 = l_262 + u32(2);
let l_264 = local_idx + u32(2);
let l_265 = u32(3) * l_264;
let l_266 = l_265 + u32(2);
let l_267 = shared_memory_103[l_266];
let l_268 = shared_memory_103[l_263];
let l_269 = l_268 + l_267;
shared_memory_103[l_263] = l_269;
}
workgroupBarrier();
let l_270 = local_idx < u32(1);
if l_270 {
let l_271 = u32(3) * local_idx;
let l_272 = local_idx + u32(1);
let l_273 = u32(3) * l_272;
let l_274 = shared_memory_103[l_273];
let l_275 = shared_memory_103[l_271];
let l_276 = l_275 + l_274;
shared_memory_103[l_271] = l_276;
let l_277 = u32(3) * local_idx;
let l_278 = l_277 + u32(1);
let l_279 = local_idx + u32(1);
let l_280 = u32(3) * l_279;
let l_281 = l_280 + u32(1);
let l_282 = shared_memory_103[l_281];
let l_283 = shared_memory_103[l_278];
let l_284 = l_283 + l_282;
shared_memory_103[l_278] = l_284;
let l_285 = u32(3) * local_idx;
let l_286 = l_285 + u32(2);
let l_287 = local_idx + u32(1);
let l_288 = u32(3) * l_287;
let l_289 = l_288 + u32(2);
let l_290 = shared_memory_103[l_289];
let l_291 = shared_memory_103[l_286];
let l_292 = l_291 + l_290;
shared_memory_103[l_286] = l_292;
}
workgroupBarrier();
let l_293 = local_idx == u32(0);
if l_293 {
let l_294 = shared_memory_103[u32(0)];
let l_295 = &buffer_6_global[l_102];
let l_296 = atomicAdd(l_295, l_294);let l_297 = shared_memory_103[u32(1)];
let l_298 = l_102 + u32(1);
let l_299 = &buffer_6_global[l_298];
let l_300 = atomicAdd(l_299, l_297);let l_301 = shared_memory_103[u32(2)];
let l_302 = l_102 + u32(2);
let l_303 = &buffer_6_global[l_302];
let l_304 = atomicAdd(l_303, l_301);}
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
