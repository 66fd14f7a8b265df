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
var<storage, read_write> buffer_5_global: array<atomic<u32>>;

struct info_st {
   scalars_f32: array<f32, 10>,
   scalars_u32: array<u32, 8>,
   static_meta: array<u32, 12>,
}

@group(0)
@binding(6)
var<storage, read> info: info_st;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn scatter_points(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
var l_mut_4: u32;
var l_mut_9: u32;
var l_mut_10: u32;
var l_mut_11: u32;
var l_mut_45: u32;
var l_mut_85: f32;
var l_mut_92: f32;
let l_0 = workgroup_id.y * num_workgroups.x;
let l_1 = l_0 + workgroup_id.x;
let l_2 = l_1 / info.scalars_u32[5];
let l_3 = l_2 >= info.scalars_u32[6];
if l_3 {
return;
}
l_mut_4 = info.scalars_u32[3];
let l_5 = buffer_2_global[l_2];
let l_6 = min(l_5, info.scalars_u32[3]);
l_mut_4 = l_6;
let l_7 = l_1 % info.scalars_u32[5];
let l_8 = l_7 * u32(2048);
l_mut_9 = u32(0);
l_mut_10 = u32(0);
l_mut_11 = u32(0);
let l_12 = u32(0) + local_idx;
let l_13 = l_8 + l_12;
let l_14 = l_13 < l_mut_4;
if l_14 {
let l_15 = l_2 * info.scalars_u32[3];
let l_16 = l_15 + l_13;
let l_17 = u32(3) * l_16;
let l_18 = buffer_0_global[l_17];
let l_19 = bitcast<f32>(l_18);
let l_20 = u32(3) * l_16;
let l_21 = l_20 + u32(1);
let l_22 = buffer_0_global[l_21];
let l_23 = bitcast<f32>(l_22);
let l_24 = u32(3) * l_16;
let l_25 = l_24 + u32(2);
let l_26 = buffer_0_global[l_25];
let l_27 = bitcast<f32>(l_26);
let l_28 = l_19 - info.scalars_f32[0];
let l_29 = l_28 * info.scalars_f32[3];
let l_30 = l_23 - info.scalars_f32[1];
let l_31 = l_30 * info.scalars_f32[4];
let l_32 = l_27 - info.scalars_f32[2];
let l_33 = l_32 * info.scalars_f32[5];
let l_34 = l_29 >= f32(0.0);
let l_35 = l_29 < info.scalars_f32[6];
let l_36 = l_34 && l_35;
let l_37 = l_31 >= f32(0.0);
let l_38 = l_36 && l_37;
let l_39 = l_31 < info.scalars_f32[7];
let l_40 = l_38 && l_39;
let l_41 = l_33 >= f32(0.0);
let l_42 = l_40 && l_41;
let l_43 = l_33 < info.scalars_f32[8];
let l_44 = l_42 && l_43;
l_mut_45 = u32(4294967295);
if l_44 {
let l_46 = u32(l_29);
let l_47 = l_46 * info.scalars_u32[0];
let l_48 = u32(l_31);
let l_49 = l_47 + l_48;
let l_50 = l_49 * info.scalars_u32[1];
let l_51 = u32(l_33);
let l_52 = l_50 + l_51;
l_mut_45 = l_52;
} else {
let l_53 = is_nan_1_f32(l_19);let l_54 = is_inf_1_f32(l_19);let l_55 = l_53 || l_54;
let l_56 = is_nan_1_f32(l_23);let l_57 = l_55 || l_56;
let l_58 = is_inf_1_f32(l_23);let l_59 = l_57 || l_58;
let l_60 = is_nan_1_f32(l_27);let l_61 = l_59 || l_60;
let l_62 = is_inf_1_f32(l_27);let l_63 = l_61 || l_62;
let l_64 = !l_63;
let l_65 = !l_64;
if l_65 {
l_mut_45 = u32(4294967294);
}
}
let l_66 = l_mut_45 == u32(4294967294);
if l_66 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_67 = l_mut_45 == u32(4294967295);
if l_67 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_68 = l_2 * info.scalars_u32[2];
let l_69 = l_68 + l_mut_45;

for (var l_mut_70: u32 = u32(0); l_mut_70 < info.scalars_u32[4]; l_mut_70++) {
let l_71 = l_69 * info.scalars_u32[4];
let l_72 = l_71 + l_mut_70;
let l_73 = l_16 * info.scalars_u32[4];
let l_74 = l_73 + l_mut_70;
let l_75 = buffer_1_global[l_74];
let l_76 = bitcast<f32>(l_75);
let l_77 = &buffer_3_global[l_72];
let l_78 = atomicLoad(l_77);
let l_79 = l_78 >> u32(23);
let l_80 = l_79 & u32(255);
let l_81 = i32(l_80);
let l_82 = l_81 - i32(127);
let l_83 = i32(30) - l_82;
let l_84 = l_83 / i32(2);
l_mut_85 = f32(0.0);
let l_86 = l_84 >= i32(-126);
if l_86 {
let l_87 = l_84 + i32(127);
let l_88 = u32(l_87);
let l_89 = l_88 << u32(23);
let l_90 = bitcast<f32>(l_89);
l_mut_85 = l_90;
}
let l_91 = l_83 - l_84;
l_mut_92 = f32(0.0);
let l_93 = l_91 >= i32(-126);
if l_93 {
let l_94 = l_91 + i32(127);
let l_95 = u32(l_94);
let l_96 = l_95 << u32(23);
let l_97 = bitcast<f32>(l_96);
l_mut_92 = l_97;
}
let l_98 = l_mut_85 * l_mut_92;
let l_99 = l_76 * l_98;
let l_100 = round(l_99);
let l_101 = i32(l_100);
let l_102 = bitcast<u32>(l_101);
l_mut_45 = u32(0);
let l_103 = l_101 < i32(0);
if l_103 {
l_mut_45 = u32(4294967295);
}
let l_104 = u32(2) * l_72;
let l_105 = &buffer_4_global[l_104];
let l_106 = atomicAdd(l_105, l_102);let l_107 = ~l_106;
let l_108 = l_102 > l_107;
if l_108 {
l_mut_45 = l_mut_45 + u32(1);
}
let l_109 = u32(2) * l_72;
let l_110 = l_109 + u32(1);
let l_111 = &buffer_4_global[l_110];
let l_112 = atomicAdd(l_111, l_mut_45);}
}
}
}
let l_113 = u32(256) + local_idx;
let l_114 = l_8 + l_113;
let l_115 = l_114 < l_mut_4;
if l_115 {
let l_116 = l_2 * info.scalars_u32[3];
let l_117 = l_116 + l_114;
let l_118 = u32(3) * l_117;
let l_119 = buffer_0_global[l_118];
let l_120 = bitcast<f32>(l_119);
let l_121 = u32(3) * l_117;
let l_122 = l_121 + u32(1);
let l_123 = buffer_0_global[l_122];
let l_124 = bitcast<f32>(l_123);
let l_125 = u32(3) * l_117;
let l_126 = l_125 + u32(2);
let l_127 = buffer_0_global[l_126];
let l_128 = bitcast<f32>(l_127);
let l_129 = l_120 - info.scalars_f32[0];
let l_130 = l_129 * info.scalars_f32[3];
let l_131 = l_124 - info.scalars_f32[1];
let l_132 = l_131 * info.scalars_f32[4];
let l_133 = l_128 - info.scalars_f32[2];
let l_134 = l_133 * info.scalars_f32[5];
let l_135 = l_130 >= f32(0.0);
let l_136 = l_130 < info.scalars_f32[6];
let l_137 = l_135 && l_136;
let l_138 = l_132 >= f32(0.0);
let l_139 = l_137 && l_138;
let l_140 = l_132 < info.scalars_f32[7];
let l_141 = l_139 && l_140;
let l_142 = l_134 >= f32(0.0);
let l_143 = l_141 && l_142;
let l_144 = l_134 < info.scalars_f32[8];
let l_145 = l_143 && l_144;
l_mut_45 = u32(4294967295);
if l_145 {
let l_146 = u32(l_130);
let l_147 = l_146 * info.scalars_u32[0];
let l_148 = u32(l_132);
let l_149 = l_147 + l_148;
let l_150 = l_149 * info.scalars_u32[1];
let l_151 = u32(l_134);
let l_152 = l_150 + l_151;
l_mut_45 = l_152;
} else {
let l_153 = is_nan_1_f32(l_120);let l_154 = is_inf_1_f32(l_120);let l_155 = l_153 || l_154;
let l_156 = is_nan_1_f32(l_124);let l_157 = l_155 || l_156;
let l_158 = is_inf_1_f32(l_124);let l_159 = l_157 || l_158;
let l_160 = is_nan_1_f32(l_128);let l_161 = l_159 || l_160;
let l_162 = is_inf_1_f32(l_128);let l_163 = l_161 || l_162;
let l_164 = !l_163;
let l_165 = !l_164;
if l_165 {
l_mut_45 = u32(4294967294);
}
}
let l_166 = l_mut_45 == u32(4294967294);
if l_166 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_167 = l_mut_45 == u32(4294967295);
if l_167 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_168 = l_2 * info.scalars_u32[2];
let l_169 = l_168 + l_mut_45;

for (var l_mut_170: u32 = u32(0); l_mut_170 < info.scalars_u32[4]; l_mut_170++) {
let l_171 = l_169 * info.scalars_u32[4];
let l_172 = l_171 + l_mut_170;
let l_173 = l_117 * info.scalars_u32[4];
let l_174 = l_173 + l_mut_170;
let l_175 = buffer_1_global[l_174];
let l_176 = bitcast<f32>(l_175);
let l_177 = &buffer_3_global[l_172];
let l_178 = atomicLoad(l_177);
let l_179 = l_178 >> u32(23);
let l_180 = l_179 & u32(255);
let l_181 = i32(l_180);
let l_182 = l_181 - i32(127);
let l_183 = i32(30) - l_182;
let l_184 = l_183 / i32(2);
l_mut_92 = f32(0.0);
let l_185 = l_184 >= i32(-126);
if l_185 {
let l_186 = l_184 + i32(127);
let l_187 = u32(l_186);
let l_188 = l_187 << u32(23);
let l_189 = bitcast<f32>(l_188);
l_mut_92 = l_189;
}
let l_190 = l_183 - l_184;
l_mut_85 = f32(0.0);
let l_191 = l_190 >= i32(-126);
if l_191 {
let l_192 = l_190 + i32(127);
let l_193 = u32(l_192);
let l_194 = l_193 << u32(23);
let l_195 = bitcast<f32>(l_194);
l_mut_85 = l_195;
}
let l_196 = l_mut_92 * l_mut_85;
let l_197 = l_176 * l_196;
let l_198 = round(l_197);
let l_199 = i32(l_198);
let l_200 = bitcast<u32>(l_199);
l_mut_45 = u32(0);
let l_201 = l_199 < i32(0);
if l_201 {
l_mut_45 = u32(4294967295);
}
let l_202 = u32(2) * l_172;
let l_203 = &buffer_4_global[l_202];
let l_204 = atomicAdd(l_203, l_200);let l_205 = ~l_204;
let l_206 = l_200 > l_205;
if l_206 {
l_mut_45 = l_mut_45 + u32(1);
}
let l_207 = u32(2) * l_172;
let l_208 = l_207 + u32(1);
let l_209 = &buffer_4_global[l_208];
let l_210 = atomicAdd(l_209, l_mut_45);}
}
}
}
let l_211 = u32(512) + local_idx;
let l_212 = l_8 + l_211;
let l_213 = l_212 < l_mut_4;
if l_213 {
let l_214 = l_2 * info.scalars_u32[3];
let l_215 = l_214 + l_212;
let l_216 = u32(3) * l_215;
let l_217 = buffer_0_global[l_216];
let l_218 = bitcast<f32>(l_217);
let l_219 = u32(3) * l_215;
let l_220 = l_219 + u32(1);
let l_221 = buffer_0_global[l_220];
let l_222 = bitcast<f32>(l_221);
let l_223 = u32(3) * l_215;
let l_224 = l_223 + u32(2);
let l_225 = buffer_0_global[l_224];
let l_226 = bitcast<f32>(l_225);
let l_227 = l_218 - info.scalars_f32[0];
let l_228 = l_227 * info.scalars_f32[3];
let l_229 = l_222 - info.scalars_f32[1];
let l_230 = l_229 * info.scalars_f32[4];
let l_231 = l_226 - info.scalars_f32[2];
let l_232 = l_231 * info.scalars_f32[5];
let l_233 = l_228 >= f32(0.0);
let l_234 = l_228 < info.scalars_f32[6];
let l_235 = l_233 && l_234;
let l_236 = l_230 >= f32(0.0);
let l_237 = l_235 && l_236;
let l_238 = l_230 < info.scalars_f32[7];
let l_239 = l_237 && l_238;
let l_240 = l_232 >= f32(0.0);
let l_241 = l_239 && l_240;
let l_242 = l_232 < info.scalars_f32[8];
let l_243 = l_241 && l_242;
l_mut_45 = u32(4294967295);
if l_243 {
let l_244 = u32(l_228);
let l_245 = l_244 * info.scalars_u32[0];
let l_246 = u32(l_230);
let l_247 = l_245 + l_246;
let l_248 = l_247 * info.scalars_u32[1];
let l_249 = u32(l_232);
let l_250 = l_248 + l_249;
l_mut_45 = l_250;
} else {
let l_251 = is_nan_1_f32(l_218);let l_252 = is_inf_1_f32(l_218);let l_253 = l_251 || l_252;
let l_254 = is_nan_1_f32(l_222);let l_255 = l_253 || l_254;
let l_256 = is_inf_1_f32(l_222);let l_257 = l_255 || l_256;
let l_258 = is_nan_1_f32(l_226);let l_259 = l_257 || l_258;
let l_260 = is_inf_1_f32(l_226);let l_261 = l_259 || l_260;
let l_262 = !l_261;
let l_263 = !l_262;
if l_263 {
l_mut_45 = u32(4294967294);
}
}
let l_264 = l_mut_45 == u32(4294967294);
if l_264 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_265 = l_mut_45 == u32(4294967295);
if l_265 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_266 = l_2 * info.scalars_u32[2];
let l_267 = l_266 + l_mut_45;

for (var l_mut_268: u32 = u32(0); l_mut_268 < info.scalars_u32[4]; l_mut_268++) {
let l_269 = l_267 * info.scalars_u32[4];
let l_270 = l_269 + l_mut_268;
let l_271 = l_215 * info.scalars_u32[4];
let l_272 = l_271 + l_mut_268;
let l_273 = buffer_1_global[l_272];
let l_274 = bitcast<f32>(l_273);
let l_275 = &buffer_3_global[l_270];
let l_276 = atomicLoad(l_275);
let l_277 = l_276 >> u32(23);
let l_278 = l_277 & u32(255);
let l_279 = i32(l_278);
let l_280 = l_279 - i32(127);
let l_281 = i32(30) - l_280;
let l_282 = l_281 / i32(2);
l_mut_92 = f32(0.0);
let l_283 = l_282 >= i32(-126);
if l_283 {
let l_284 = l_282 + i32(127);
let l_285 = u32(l_284);
let l_286 = l_285 << u32(23);
let l_287 = bitcast<f32>(l_286);
l_mut_92 = l_287;
}
let l_288 = l_281 - l_282;
l_mut_85 = f32(0.0);
let l_289 = l_288 >= i32(-126);
if l_289 {
let l_290 = l_288 + i32(127);
let l_291 = u32(l_290);
let l_292 = l_291 << u32(23);
let l_293 = bitcast<f32>(l_292);
l_mut_85 = l_293;
}
let l_294 = l_mut_92 * l_mut_85;
let l_295 = l_274 * l_294;
let l_296 = round(l_295);
let l_297 = i32(l_296);
let l_298 = bitcast<u32>(l_297);
l_mut_45 = u32(0);
let l_299 = l_297 < i32(0);
if l_299 {
l_mut_45 = u32(4294967295);
}
let l_300 = u32(2) * l_270;
let l_301 = &buffer_4_global[l_300];
let l_302 = atomicAdd(l_301, l_298);let l_303 = ~l_302;
let l_304 = l_298 > l_303;
if l_304 {
l_mut_45 = l_mut_45 + u32(1);
}
let l_305 = u32(2) * l_270;
let l_306 = l_305 + u32(1);
let l_307 = &buffer_4_global[l_306];
let l_308 = atomicAdd(l_307, l_mut_45);}
}
}
}
let l_309 = u32(768) + local_idx;
let l_310 = l_8 + l_309;
let l_311 = l_310 < l_mut_4;
if l_311 {
let l_312 = l_2 * info.scalars_u32[3];
let l_313 = l_312 + l_310;
let l_314 = u32(3) * l_313;
let l_315 = buffer_0_global[l_314];
let l_316 = bitcast<f32>(l_315);
let l_317 = u32(3) * l_313;
let l_318 = l_317 + u32(1);
let l_319 = buffer_0_global[l_318];
let l_320 = bitcast<f32>(l_319);
let l_321 = u32(3) * l_313;
let l_322 = l_321 + u32(2);
let l_323 = buffer_0_global[l_322];
let l_324 = bitcast<f32>(l_323);
let l_325 = l_316 - info.scalars_f32[0];
let l_326 = l_325 * info.scalars_f32[3];
let l_327 = l_320 - info.scalars_f32[1];
let l_328 = l_327 * info.scalars_f32[4];
let l_329 = l_324 - info.scalars_f32[2];
let l_330 = l_329 * info.scalars_f32[5];
let l_331 = l_326 >= f32(0.0);
let l_332 = l_326 < info.scalars_f32[6];
let l_333 = l_331 && l_332;
let l_334 = l_328 >= f32(0.0);
let l_335 = l_333 && l_334;
let l_336 = l_328 < info.scalars_f32[7];
let l_337 = l_335 && l_336;
let l_338 = l_330 >= f32(0.0);
let l_339 = l_337 && l_338;
let l_340 = l_330 < info.scalars_f32[8];
let l_341 = l_339 && l_340;
l_mut_45 = u32(4294967295);
if l_341 {
let l_342 = u32(l_326);
let l_343 = l_342 * info.scalars_u32[0];
let l_344 = u32(l_328);
let l_345 = l_343 + l_344;
let l_346 = l_345 * info.scalars_u32[1];
let l_347 = u32(l_330);
let l_348 = l_346 + l_347;
l_mut_45 = l_348;
} else {
let l_349 = is_nan_1_f32(l_316);let l_350 = is_inf_1_f32(l_316);let l_351 = l_349 || l_350;
let l_352 = is_nan_1_f32(l_320);let l_353 = l_351 || l_352;
let l_354 = is_inf_1_f32(l_320);let l_355 = l_353 || l_354;
let l_356 = is_nan_1_f32(l_324);let l_357 = l_355 || l_356;
let l_358 = is_inf_1_f32(l_324);let l_359 = l_357 || l_358;
let l_360 = !l_359;
let l_361 = !l_360;
if l_361 {
l_mut_45 = u32(4294967294);
}
}
let l_362 = l_mut_45 == u32(4294967294);
if l_362 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_363 = l_mut_45 == u32(4294967295);
if l_363 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_364 = l_2 * info.scalars_u32[2];
let l_365 = l_364 + l_mut_45;

for (var l_mut_366: u32 = u32(0); l_mut_366 < info.scalars_u32[4]; l_mut_366++) {
let l_367 = l_365 * info.scalars_u32[4];
let l_368 = l_367 + l_mut_366;
let l_369 = l_313 * info.scalars_u32[4];
let l_370 = l_369 + l_mut_366;
let l_371 = buffer_1_global[l_370];
let l_372 = bitcast<f32>(l_371);
let l_373 = &buffer_3_global[l_368];
let l_374 = atomicLoad(l_373);
let l_375 = l_374 >> u32(23);
let l_376 = l_375 & u32(255);
let l_377 = i32(l_376);
let l_378 = l_377 - i32(127);
let l_379 = i32(30) - l_378;
let l_380 = l_379 / i32(2);
l_mut_92 = f32(0.0);
let l_381 = l_380 >= i32(-126);
if l_381 {
let l_382 = l_380 + i32(127);
let l_383 = u32(l_382);
let l_384 = l_383 << u32(23);
let l_385 = bitcast<f32>(l_384);
l_mut_92 = l_385;
}
let l_386 = l_379 - l_380;
l_mut_85 = f32(0.0);
let l_387 = l_386 >= i32(-126);
if l_387 {
let l_388 = l_386 + i32(127);
let l_389 = u32(l_388);
let l_390 = l_389 << u32(23);
let l_391 = bitcast<f32>(l_390);
l_mut_85 = l_391;
}
let l_392 = l_mut_92 * l_mut_85;
let l_393 = l_372 * l_392;
let l_394 = round(l_393);
let l_395 = i32(l_394);
let l_396 = bitcast<u32>(l_395);
l_mut_45 = u32(0);
let l_397 = l_395 < i32(0);
if l_397 {
l_mut_45 = u32(4294967295);
}
let l_398 = u32(2) * l_368;
let l_399 = &buffer_4_global[l_398];
let l_400 = atomicAdd(l_399, l_396);let l_401 = ~l_400;
let l_402 = l_396 > l_401;
if l_402 {
l_mut_45 = l_mut_45 + u32(1);
}
let l_403 = u32(2) * l_368;
let l_404 = l_403 + u32(1);
let l_405 = &buffer_4_global[l_404];
let l_406 = atomicAdd(l_405, l_mut_45);}
}
}
}
let l_407 = u32(1024) + local_idx;
let l_408 = l_8 + l_407;
let l_409 = l_408 < l_mut_4;
if l_409 {
let l_410 = l_2 * info.scalars_u32[3];
let l_411 = l_410 + l_408;
let l_412 = u32(3) * l_411;
let l_413 = buffer_0_global[l_412];
let l_414 = bitcast<f32>(l_413);
let l_415 = u32(3) * l_411;
let l_416 = l_415 + u32(1);
let l_417 = buffer_0_global[l_416];
let l_418 = bitcast<f32>(l_417);
let l_419 = u32(3) * l_411;
let l_420 = l_419 + u32(2);
let l_421 = buffer_0_global[l_420];
let l_422 = bitcast<f32>(l_421);
let l_423 = l_414 - info.scalars_f32[0];
let l_424 = l_423 * info.scalars_f32[3];
let l_425 = l_418 - info.scalars_f32[1];
let l_426 = l_425 * info.scalars_f32[4];
let l_427 = l_422 - info.scalars_f32[2];
let l_428 = l_427 * info.scalars_f32[5];
let l_429 = l_424 >= f32(0.0);
let l_430 = l_424 < info.scalars_f32[6];
let l_431 = l_429 && l_430;
let l_432 = l_426 >= f32(0.0);
let l_433 = l_431 && l_432;
let l_434 = l_426 < info.scalars_f32[7];
let l_435 = l_433 && l_434;
let l_436 = l_428 >= f32(0.0);
let l_437 = l_435 && l_436;
let l_438 = l_428 < info.scalars_f32[8];
let l_439 = l_437 && l_438;
l_mut_45 = u32(4294967295);
if l_439 {
let l_440 = u32(l_424);
let l_441 = l_440 * info.scalars_u32[0];
let l_442 = u32(l_426);
let l_443 = l_441 + l_442;
let l_444 = l_443 * info.scalars_u32[1];
let l_445 = u32(l_428);
let l_446 = l_444 + l_445;
l_mut_45 = l_446;
} else {
let l_447 = is_nan_1_f32(l_414);let l_448 = is_inf_1_f32(l_414);let l_449 = l_447 || l_448;
let l_450 = is_nan_1_f32(l_418);let l_451 = l_449 || l_450;
let l_452 = is_inf_1_f32(l_418);let l_453 = l_451 || l_452;
let l_454 = is_nan_1_f32(l_422);let l_455 = l_453 || l_454;
let l_456 = is_inf_1_f32(l_422);let l_457 = l_455 || l_456;
let l_458 = !l_457;
let l_459 = !l_458;
if l_459 {
l_mut_45 = u32(4294967294);
}
}
let l_460 = l_mut_45 == u32(4294967294);
if l_460 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_461 = l_mut_45 == u32(4294967295);
if l_461 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_462 = l_2 * info.scalars_u32[2];
let l_463 = l_462 + l_mut_45;

for (var l_mut_464: u32 = u32(0); l_mut_464 < info.scalars_u32[4]; l_mut_464++) {
let l_465 = l_463 * info.scalars_u32[4];
let l_466 = l_465 + l_mut_464;
let l_467 = l_411 * info.scalars_u32[4];
let l_468 = l_467 + l_mut_464;
let l_469 = buffer_1_global[l_468];
let l_470 = bitcast<f32>(l_469);
let l_471 = &buffer_3_global[l_466];
let l_472 = atomicLoad(l_471);
let l_473 = l_472 >> u32(23);
let l_474 = l_473 & u32(255);
let l_475 = i32(l_474);
let l_476 = l_475 - i32(127);
let l_477 = i32(30) - l_476;
let l_478 = l_477 / i32(2);
l_mut_92 = f32(0.0);
let l_479 = l_478 >= i32(-126);
if l_479 {
let l_480 = l_478 + i32(127);
let l_481 = u32(l_480);
let l_482 = l_481 << u32(23);
let l_483 = bitcast<f32>(l_482);
l_mut_92 = l_483;
}
let l_484 = l_477 - l_478;
l_mut_85 = f32(0.0);
let l_485 = l_484 >= i32(-126);
if l_485 {
let l_486 = l_484 + i32(127);
let l_487 = u32(l_486);
let l_488 = l_487 << u32(23);
let l_489 = bitcast<f32>(l_488);
l_mut_85 = l_489;
}
let l_490 = l_mut_92 * l_mut_85;
let l_491 = l_470 * l_490;
let l_492 = round(l_491);
let l_493 = i32(l_492);
let l_494 = bitcast<u32>(l_493);
l_mut_45 = u32(0);
let l_495 = l_493 < i32(0);
if l_495 {
l_mut_45 = u32(4294967295);
}
let l_496 = u32(2) * l_466;
let l_497 = &buffer_4_global[l_496];
let l_498 = atomicAdd(l_497, l_494);let l_499 = ~l_498;
let l_500 = l_494 > l_499;
if l_500 {
l_mut_45 = l_mut_45 + u32(1);
}
let l_501 = u32(2) * l_466;
let l_502 = l_501 + u32(1);
let l_503 = &buffer_4_global[l_502];
let l_504 = atomicAdd(l_503, l_mut_45);}
}
}
}
let l_505 = u32(1280) + local_idx;
let l_506 = l_8 + l_505;
let l_507 = l_506 < l_mut_4;
if l_507 {
let l_508 = l_2 * info.scalars_u32[3];
let l_509 = l_508 + l_506;
let l_510 = u32(3) * l_509;
let l_511 = buffer_0_global[l_510];
let l_512 = bitcast<f32>(l_511);
let l_513 = u32(3) * l_509;
let l_514 = l_513 + u32(1);
let l_515 = buffer_0_global[l_514];
let l_516 = bitcast<f32>(l_515);
let l_517 = u32(3) * l_509;
let l_518 = l_517 + u32(2);
let l_519 = buffer_0_global[l_518];
let l_520 = bitcast<f32>(l_519);
let l_521 = l_512 - info.scalars_f32[0];
let l_522 = l_521 * info.scalars_f32[3];
let l_523 = l_516 - info.scalars_f32[1];
let l_524 = l_523 * info.scalars_f32[4];
let l_525 = l_520 - info.scalars_f32[2];
let l_526 = l_525 * info.scalars_f32[5];
let l_527 = l_522 >= f32(0.0);
let l_528 = l_522 < info.scalars_f32[6];
let l_529 = l_527 && l_528;
let l_530 = l_524 >= f32(0.0);
let l_531 = l_529 && l_530;
let l_532 = l_524 < info.scalars_f32[7];
let l_533 = l_531 && l_532;
let l_534 = l_526 >= f32(0.0);
let l_535 = l_533 && l_534;
let l_536 = l_526 < info.scalars_f32[8];
let l_537 = l_535 && l_536;
l_mut_45 = u32(4294967295);
if l_537 {
let l_538 = u32(l_522);
let l_539 = l_538 * info.scalars_u32[0];
let l_540 = u32(l_524);
let l_541 = l_539 + l_540;
let l_542 = l_541 * info.scalars_u32[1];
let l_543 = u32(l_526);
let l_544 = l_542 + l_543;
l_mut_45 = l_544;
} else {
let l_545 = is_nan_1_f32(l_512);let l_546 = is_inf_1_f32(l_512);let l_547 = l_545 || l_546;
let l_548 = is_nan_1_f32(l_516);let l_549 = l_547 || l_548;
let l_550 = is_inf_1_f32(l_516);let l_551 = l_549 || l_550;
let l_552 = is_nan_1_f32(l_520);let l_553 = l_551 || l_552;
let l_554 = is_inf_1_f32(l_520);let l_555 = l_553 || l_554;
let l_556 = !l_555;
let l_557 = !l_556;
if l_557 {
l_mut_45 = u32(4294967294);
}
}
let l_558 = l_mut_45 == u32(4294967294);
if l_558 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_559 = l_mut_45 == u32(4294967295);
if l_559 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_560 = l_2 * info.scalars_u32[2];
let l_561 = l_560 + l_mut_45;

for (var l_mut_562: u32 = u32(0); l_mut_562 < info.scalars_u32[4]; l_mut_562++) {
let l_563 = l_561 * info.scalars_u32[4];
let l_564 = l_563 + l_mut_562;
let l_565 = l_509 * info.scalars_u32[4];
let l_566 = l_565 + l_mut_562;
let l_567 = buffer_1_global[l_566];
let l_568 = bitcast<f32>(l_567);
let l_569 = &buffer_3_global[l_564];
let l_570 = atomicLoad(l_569);
let l_571 = l_570 >> u32(23);
let l_572 = l_571 & u32(255);
let l_573 = i32(l_572);
let l_574 = l_573 - i32(127);
let l_575 = i32(30) - l_574;
let l_576 = l_575 / i32(2);
l_mut_92 = f32(0.0);
let l_577 = l_576 >= i32(-126);
if l_577 {
let l_578 = l_576 + i32(127);
let l_579 = u32(l_578);
let l_580 = l_579 << u32(23);
let l_581 = bitcast<f32>(l_580);
l_mut_92 = l_581;
}
let l_582 = l_575 - l_576;
l_mut_85 = f32(0.0);
let l_583 = l_582 >= i32(-126);
if l_583 {
let l_584 = l_582 + i32(127);
let l_585 = u32(l_584);
let l_586 = l_585 << u32(23);
let l_587 = bitcast<f32>(l_586);
l_mut_85 = l_587;
}
let l_588 = l_mut_92 * l_mut_85;
let l_589 = l_568 * l_588;
let l_590 = round(l_589);
let l_591 = i32(l_590);
let l_592 = bitcast<u32>(l_591);
l_mut_45 = u32(0);
let l_593 = l_591 < i32(0);
if l_593 {
l_mut_45 = u32(4294967295);
}
let l_594 = u32(2) * l_564;
let l_595 = &buffer_4_global[l_594];
let l_596 = atomicAdd(l_595, l_592);let l_597 = ~l_596;
let l_598 = l_592 > l_597;
if l_598 {
l_mut_45 = l_mut_45 + u32(1);
}
let l_599 = u32(2) * l_564;
let l_600 = l_599 + u32(1);
let l_601 = &buffer_4_global[l_600];
let l_602 = atomicAdd(l_601, l_mut_45);}
}
}
}
let l_603 = u32(1536) + local_idx;
let l_604 = l_8 + l_603;
let l_605 = l_604 < l_mut_4;
if l_605 {
let l_606 = l_2 * info.scalars_u32[3];
let l_607 = l_606 + l_604;
let l_608 = u32(3) * l_607;
let l_609 = buffer_0_global[l_608];
let l_610 = bitcast<f32>(l_609);
let l_611 = u32(3) * l_607;
let l_612 = l_611 + u32(1);
let l_613 = buffer_0_global[l_612];
let l_614 = bitcast<f32>(l_613);
let l_615 = u32(3) * l_607;
let l_616 = l_615 + u32(2);
let l_617 = buffer_0_global[l_616];
let l_618 = bitcast<f32>(l_617);
let l_619 = l_610 - info.scalars_f32[0];
let l_620 = l_619 * info.scalars_f32[3];
let l_621 = l_614 - info.scalars_f32[1];
let l_622 = l_621 * info.scalars_f32[4];
let l_623 = l_618 - info.scalars_f32[2];
let l_624 = l_623 * info.scalars_f32[5];
let l_625 = l_620 >= f32(0.0);
let l_626 = l_620 < info.scalars_f32[6];
let l_627 = l_625 && l_626;
let l_628 = l_622 >= f32(0.0);
let l_629 = l_627 && l_628;
let l_630 = l_622 < info.scalars_f32[7];
let l_631 = l_629 && l_630;
let l_632 = l_624 >= f32(0.0);
let l_633 = l_631 && l_632;
let l_634 = l_624 < info.scalars_f32[8];
let l_635 = l_633 && l_634;
l_mut_45 = u32(4294967295);
if l_635 {
let l_636 = u32(l_620);
let l_637 = l_636 * info.scalars_u32[0];
let l_638 = u32(l_622);
let l_639 = l_637 + l_638;
let l_640 = l_639 * info.scalars_u32[1];
let l_641 = u32(l_624);
let l_642 = l_640 + l_641;
l_mut_45 = l_642;
} else {
let l_643 = is_nan_1_f32(l_610);let l_644 = is_inf_1_f32(l_610);let l_645 = l_643 || l_644;
let l_646 = is_nan_1_f32(l_614);let l_647 = l_645 || l_646;
let l_648 = is_inf_1_f32(l_614);let l_649 = l_647 || l_648;
let l_650 = is_nan_1_f32(l_618);let l_651 = l_649 || l_650;
let l_652 = is_inf_1_f32(l_618);let l_653 = l_651 || l_652;
let l_654 = !l_653;
let l_655 = !l_654;
if l_655 {
l_mut_45 = u32(4294967294);
}
}
let l_656 = l_mut_45 == u32(4294967294);
if l_656 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_657 = l_mut_45 == u32(4294967295);
if l_657 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_658 = l_2 * info.scalars_u32[2];
let l_659 = l_658 + l_mut_45;

for (var l_mut_660: u32 = u32(0); l_mut_660 < info.scalars_u32[4]; l_mut_660++) {
let l_661 = l_659 * info.scalars_u32[4];
let l_662 = l_661 + l_mut_660;
let l_663 = l_607 * info.scalars_u32[4];
let l_664 = l_663 + l_mut_660;
let l_665 = buffer_1_global[l_664];
let l_666 = bitcast<f32>(l_665);
let l_667 = &buffer_3_global[l_662];
let l_668 = atomicLoad(l_667);
let l_669 = l_668 >> u32(23);
let l_670 = l_669 & u32(255);
let l_671 = i32(l_670);
let l_672 = l_671 - i32(127);
let l_673 = i32(30) - l_672;
let l_674 = l_673 / i32(2);
l_mut_92 = f32(0.0);
let l_675 = l_674 >= i32(-126);
if l_675 {
let l_676 = l_674 + i32(127);
let l_677 = u32(l_676);
let l_678 = l_677 << u32(23);
let l_679 = bitcast<f32>(l_678);
l_mut_92 = l_679;
}
let l_680 = l_673 - l_674;
l_mut_85 = f32(0.0);
let l_681 = l_680 >= i32(-126);
if l_681 {
let l_682 = l_680 + i32(127);
let l_683 = u32(l_682);
let l_684 = l_683 << u32(23);
let l_685 = bitcast<f32>(l_684);
l_mut_85 = l_685;
}
let l_686 = l_mut_92 * l_mut_85;
let l_687 = l_666 * l_686;
let l_688 = round(l_687);
let l_689 = i32(l_688);
let l_690 = bitcast<u32>(l_689);
l_mut_45 = u32(0);
let l_691 = l_689 < i32(0);
if l_691 {
l_mut_45 = u32(4294967295);
}
let l_692 = u32(2) * l_662;
let l_693 = &buffer_4_global[l_692];
let l_694 = atomicAdd(l_693, l_690);let l_695 = ~l_694;
let l_696 = l_690 > l_695;
if l_696 {
l_mut_45 = l_mut_45 + u32(1);
}
let l_697 = u32(2) * l_662;
let l_698 = l_697 + u32(1);
let l_699 = &buffer_4_global[l_698];
let l_700 = atomicAdd(l_699, l_mut_45);}
}
}
}
let l_701 = u32(1792) + local_idx;
let l_702 = l_8 + l_701;
let l_703 = l_702 < l_mut_4;
if l_703 {
let l_704 = l_2 * info.scalars_u32[3];
let l_705 = l_704 + l_702;
let l_706 = u32(3) * l_705;
let l_707 = buffer_0_global[l_706];
let l_708 = bitcast<f32>(l_707);
let l_709 = u32(3) * l_705;
let l_710 = l_709 + u32(1);
let l_711 = buffer_0_global[l_710];
let l_712 = bitcast<f32>(l_711);
let l_713 = u32(3) * l_705;
let l_714 = l_713 + u32(2);
let l_715 = buffer_0_global[l_714];
let l_716 = bitcast<f32>(l_715);
let l_717 = l_708 - info.scalars_f32[0];
let l_718 = l_717 * info.scalars_f32[3];
let l_719 = l_712 - info.scalars_f32[1];
let l_720 = l_719 * info.scalars_f32[4];
let l_721 = l_716 - info.scalars_f32[2];
let l_722 = l_721 * info.scalars_f32[5];
let l_723 = l_718 >= f32(0.0);
let l_724 = l_718 < info.scalars_f32[6];
let l_725 = l_723 && l_724;
let l_726 = l_720 >= f32(0.0);
let l_727 = l_725 && l_726;
let l_728 = l_720 < info.scalars_f32[7];
let l_729 = l_727 && l_728;
let l_730 = l_722 >= f32(0.0);
let l_731 = l_729 && l_730;
let l_732 = l_722 < info.scalars_f32[8];
let l_733 = l_731 && l_732;
l_mut_45 = u32(4294967295);
if l_733 {
let l_734 = u32(l_718);
let l_735 = l_734 * info.scalars_u32[0];
let l_736 = u32(l_720);
let l_737 = l_735 + l_736;
let l_738 = l_737 * info.scalars_u32[1];
let l_739 = u32(l_722);
let l_740 = l_738 + l_739;
l_mut_45 = l_740;
} else {
let l_741 = is_nan_1_f32(l_708);let l_742 = is_inf_1_f32(l_708);let l_743 = l_741 || l_742;
let l_744 = is_nan_1_f32(l_712);let l_745 = l_743 || l_744;
let l_746 = is_inf_1_f32(l_712);let l_747 = l_745 || l_746;
let l_748 = is_nan_1_f32(l_716);let l_749 = l_747 || l_748;
let l_750 = is_inf_1_f32(l_716);let l_751 = l_749 || l_750;
let l_752 = !l_751;
let l_753 = !l_752;
if l_753 {
l_mut_45 = u32(4294967294);
}
}
let l_754 = l_mut_45 == u32(4294967294);
if l_754 {
l_mut_11 = l_mut_11 + u32(1);
} else {
let l_755 = l_mut_45 == u32(4294967295);
if l_755 {
l_mut_10 = l_mut_10 + u32(1);
} else {
l_mut_9 = l_mut_9 + u32(1);
let l_756 = l_2 * info.scalars_u32[2];
let l_757 = l_756 + l_mut_45;

for (var l_mut_758: u32 = u32(0); l_mut_758 < info.scalars_u32[4]; l_mut_758++) {
let l_759 = l_757 * info.scalars_u32[4];
let l_760 = l_759 + l_mut_758;
let l_761 = l_705 * info.scalars_u32[4];
let l_762 = l_761 + l_mut_758;
let l_763 = buffer_1_global[l_762];
let l_764 = bitcast<f32>(l_763);
let l_765 = &buffer_3_global[l_760];
let l_766 = atomicLoad(l_765);
let l_767 = l_766 >> u32(23);
let l_768 = l_767 & u32(255);
let l_769 = i32(l_768);
let l_770 = l_769 - i32(127);
let l_771 = i32(30) - l_770;
let l_772 = l_771 / i32(2);
l_mut_92 = f32(0.0);
let l_773 = l_772 >= i32(-126);
if l_773 {
let l_774 = l_772 + i32(127);
let l_775 = u32(l_774);
let l_776 = l_775 << u32(23);
let l_777 = bitcast<f32>(l_776);
l_mut_92 = l_777;
}
let l_778 = l_771 - l_772;
l_mut_85 = f32(0.0);
let l_779 = l_778 >= i32(-126);
if l_779 {
let l_780 = l_778 + i32(127);
let l_781 = u32(l_780);
let l_782 = l_781 << u32(23);
let l_783 = bitcast<f32>(l_782);
l_mut_85 = l_783;
}
let l_784 = l_mut_92 * l_mut_85;
let l_785 = l_764 * l_784;
let l_786 = round(l_785);
let l_787 = i32(l_786);
let l_788 = bitcast<u32>(l_787);
l_mut_45 = u32(0);
let l_789 = l_787 < i32(0);
if l_789 {
l_mut_45 = u32(4294967295);
}
let l_790 = u32(2) * l_760;
let l_791 = &buffer_4_global[l_790];
let l_792 = atomicAdd(l_791, l_788);let l_793 = ~l_792;
let l_794 = l_788 > l_793;
if l_794 {
l_mut_45 = l_mut_45 + u32(1);
}
let l_795 = u32(2) * l_760;
let l_796 = l_795 + u32(1);
let l_797 = &buffer_4_global[l_796];
let l_798 = atomicAdd(l_797, l_mut_45);}
}
}
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
