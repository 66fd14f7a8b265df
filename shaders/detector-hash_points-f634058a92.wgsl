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

var<workgroup> shared_memory_91: array<u32, 768>;

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
}
}
}
buffer_5_global[l_18] = l_mut_19;
}
}
let l_90 = u32(3) * l_2;
let l_92 = u32(3) * local_idx;
shared_memory_91[l_92] = l_mut_9;
let l_93 = u32(3) * local_idx;
let l_94 = l_93 + u32(1);
shared_memory_91[l_94] = l_mut_10;
let l_95 = u32(3) * local_idx;
let l_96 = l_95 + u32(2);
shared_memory_91[l_96] = l_mut_11;
workgroupBarrier();
let l_97 = local_idx < u32(128);
if l_97 {
let l_98 = u32(3) * local_idx;
let l_99 = local_idx + u32(128);
let l_100 = u32(3) * l_99;
let l_101 = shared_memory_91[l_100];
let l_102 = shared_memory_91[l_98];
let l_103 = l_102 + l_101;
shared_memory_91[l_98] = l_103;
let l_104 = u32(3) * local_idx;
let l_105 = l_104 + u32(1);
let l_106 = local_idx + u32(128);
let l_107 = u32(3) * l_106;
let l_108 = l_107 + u32(1);
let l_109 = shared_memory_91[l_108];
let l_110 = shared_memory_91[l_105];
let l_111 = l_110 + l_109;
shared_memory_91[l_105] = l_111;
let l_112 = u32(3) * local_idx;
let l_113 = l_112 + u32(2);
let l_114 = local_idx + u32(128);
let l_115 = u32(3) * l_114;
let l_116 = l_115 + u32(2);
let l_117 = shared_memory_91[l_116];
let l_118 = shared_memory_91[l_113];
let l_119 = l_118 + l_117;
shared_memory_91[l_113] = l_119;
}
workgroupBarrier();
let l_120 = local_idx < u32(64);
if l_120 {
let l_121 = u32(3) * local_idx;
let l_122 = local_idx + u32(64);
let l_123 = u32(3) * l_122;
let l_124 = shared_memory_91[l_123];
let l_125 = shared_memory_91[l_121];
let l_126 = l_125 + l_124;
shared_memory_91[l_121] = l_126;
let l_127 = u32(3) * local_idx;
let l_128 = l_127 + u32(1);
let l_129 = local_idx + u32(64);
let l_130 = u32(3) * l_129;
let l_131 = l_130 + u32(1);
let l_132 = shared_memory_91[l_131];
let l_133 = shared_memory_91[l_128];
let l_134 = l_133 + l_132;
shared_memory_91[l_128] = l_134;
let l_135 = u32(3) * local_idx;
let l_136 = l_135 + u32(2);
let l_137 = local_idx + u32(64);
let l_138 = u32(3) * l_137;
let l_139 = l_138 + u32(2);
let l_140 = shared_memory_91[l_139];
let l_141 = shared_memory_91[l_136];
let l_142 = l_141 + l_140;
shared_memory_91[l_136] = l_142;
}
workgroupBarrier();
let l_143 = local_idx < u32(32);
if l_143 {
let l_144 = u32(3) * local_idx;
let l_145 = local_idx + u32(32);
let l_146 = u32(3) * l_145;
let l_147 = shared_memory_91[l_146];
let l_148 = shared_memory_91[l_144];
let l_149 = l_148 + l_147;
shared_memory_91[l_144] = l_149;
let l_150 = u32(3) * local_idx;
let l_151 = l_150 + u32(1);
let l_152 = local_idx + u32(32);
let l_153 = u32(3) * l_152;
let l_154 = l_153 + u32(1);
let l_155 = shared_memory_91[l_154];
let l_156 = shared_memory_91[l_151];
let l_157 = l_156 + l_155;
shared_memory_91[l_151] = l_157;
let l_158 = u32(3) * local_idx;
let l_159 = l_158 + u32(2);
let l_160 = local_idx + u32(32);
let l_161 = u32(3) * l_160;
let l_162 = l_161 + u32(2);
let l_163 = shared_memory_91[l_162];
let l_164 = shared_memory_91[l_159];
let l_165 = l_164 + l_163;
shared_memory_91[l_159] = l_165;
}
workgroupBarrier();
let l_166 = local_idx < u32(16);
if l_166 {
let l_167 = u32(3) * local_idx;
let l_168 = local_idx + u32(16);
let l_169 = u32(3) * l_168;
let l_170 = shared_memory_91[l_169];
let l_171 = shared_memory_91[l_167];
let l_172 = l_171 + l_170;
shared_memory_91[l_167] = l_172;
let l_173 = u32(3) * local_idx;
let l_174 = l_173 + u32(1);
let l_175 = local_idx + u32(16);
let l_176 = u32(3) * l_175;
let l_177 = l_176 + u32(1);
let l_178 = shared_memory_91[l_177];
let l_179 = shared_memory_91[l_174];
let l_180 = l_179 + l_178;
shared_memory_91[l_174] = l_180;
let l_181 = u32(3) * local_idx;
let l_182 = l_181 + u32(2);
let l_183 = local_idx + u32(16);
let l_184 = u32(3) * l_183;
let l_185 = l_184 + u32(2);
let l_186 = shared_memory_91[l_185];
let l_187 = shared_memory_91[l_182];
let l_188 = l_187 + l_186;
shared_memory_91[l_182] = l_188;
}
workgroupBarrier();
let l_189 = local_idx < u32(8);
if l_189 {
let l_190 = u32(3) * local_idx;
let l_191 = local_idx + u32(8);
let l_192 = u32(3) * l_191;
let l_193 = shared_memory_91[l_192];
let l_194 = shared_memory_91[l_190];
let l_195 = l_194 + l_193;
shared_memory_91[l_190] = l_195;
let l_196 = u32(3) * local_idx;
let l_197 = l_196 + u32(1);
let l_198 = local_idx + u32(8);
let l_199 = u32(3) * l_198;
let l_200 = l_199 + u32(1);
let l_201 = shared_memory_91[l_200];
let l_202 = shared_memory_91[l_197];
let l_203 = l_202 + l_201;
shared_memory_91[l_197] = l_203;
let l_204 = u32(3) * local_idx;
let l_205 = l_204 + u32(2);
let l_206 = local_idx + u32(8);
let l_207 = u32(3) * l_206;
let l_208 = l_207 + u32(2);
let l_209 = shared_memory_91[l_208];
let l_210 = shared_memory_91[l_205];
let l_211 = l_210 + l_209;
shared_memory_91[l_205] = l_211;
}
workgroupBarrier();
let l_212 = local_idx < u32(4);
if l_212 {
let l_213 = u32(3) * local_idx;
let l_214 = local_idx + u32(4);
let l_215 = u32(3) * l_214;
let l_216 = shared_memory_91[l_215];
let l_217 = shared_memory_91[l_213];
let l_218 = l_217 + l_216;
shared_memory_91[l_213] = l_218;
let l_219 = u32(3) * local_idx;
let l_220 = l_219 + u32(1);
let l_221 = local_idx + u32(4);
let l_222 = u32(3) * l_221;
let l_223 = l_222 + u32(1);
let l_224 = shared_memory_91[l_223];
let l_225 = shared_memory_91[l_220];
let l_226 = l_225 + l_224;
shared_memory_91[l_220] = l_226;
let l_227 = u32(3) * local_idx;
let l_228 = l_227 + u32(2);
let l_229 = local_idx + u32(4);
let l_230 = u32(3) * l_229;
let l_231 = l_230 + u32(2);
let l_232 = shared_memory_91[l_231];
let l_233 = shared_memory_91[l_228];
let l_234 = l_233 + l_232;
shared_memory_91[l_228] = l_234;
}
workgroupBarrier();
let l_235 = local_idx < u32(2);
if l_235 {
let l_236 = u32(3) * local_idx;
let l_237 = local_idx + u32(2);
let l_238 = u32(3) * l_237;
let l_239 = shared_memory_91[l_238];
let l_240 = shared_memory_91[l_236];
let l_241 = l_240 + l_239;
shared_memory_91[l_236] = l_241;
let l_242 = u32(3) * local_idx;
let l_243 = l_242 + u32(1);
let l_244 = local_idx + u32(2);
let l_245 = u32(3) * l_244;
let l_246 = l_245 + u32(1);
let l_247 = shared_memory_91[l_246];
let l_248 = shared_memory_91[l_243];
let l_249 = l_248 + l_247;
shared_memory_91[l_243] = l_249;
let l_250 = u32(3) * local_idx;
let l_251 = l_250 + u32(2);
let l_252 = local_idx + u32(2);
let l_253 = u32(3) * l_252;
let l_254 = l_253 + u32(2);
let l_255 = shared_memory_91[l_254];
let l_256 = shared_memory_91[l_251];
let l_257 = l_256 + l_255;
shared_memory_91[l_251] = l_257;
}
workgroupBarrier();
let l_258 = local_idx < u32(1);
if l_258 {
let l_259 = u32(3) * local_idx;
let l_260 = local_idx + u32(1);
let l_261 = u32(3) * l_260;
let l_262 = shared_memory_91[l_261];
let l_263 = shared_memory_91[l_259];
let l_264 = l_263 + l_262;
shared_memory_91[l_259] = l_264;
let l_265 = u32(3) * local_idx;
let l_266 = l_265 + u32(1);
let l_267 = local_idx + u32(1);
let l_268 = u32(3) * l_267;
let l_269 = l_268 + u32(1);
let l_270 = shared_memory_91[l_269];
let l_271 = shared_memory_91[l_266];
let l_272 = l_271 + l_270;
shared_memory_91[l_266] = l_272;
let l_273 = u32(3) * local_idx;
let l_274 = l_273 + u32(2);
let l_275 = local_idx + u32(1);
let l_276 = u32(3) * l_275;
let l_277 = l_276 + u32(2);
let l_278 = shared_memory_91[l_277];
let l_279 = shared_memory_91[l_274];
let l_280 = l_279 + l_278;
shared_memory_91[l_274] = l_280;
}
workgroupBarrier();
let l_281 = local_idx == u32(0);
if l_281 {
let l_282 = shared_memory_91[u32(0)];
let l_283 = &buffer_6_global[l_90];
let l_284 = atomicAdd(l_283, l_282);let l_285 = shared_memory_91[u32(1)];
let l_286 = l_90 + u32(1);
let l_287 = &buffer_6_global[l_286];
let l_288 = atomicAdd(l_287, l_285);let l_289 = shared_memory_91[u32(2)];
let l_290 = l_90 + u32(2);
let l_291 = &buffer_6_global[l_290];
let l_292 = atomicAdd(l_291, l_289);}
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
