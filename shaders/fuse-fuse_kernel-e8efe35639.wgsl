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
var<storage, read_write> buffer_3_global: array<u32>;

@group(0)
@binding(4)
var<storage, read_write> buffer_4_global: array<u32>;

@group(0)
@binding(5)
var<storage, read_write> buffer_5_global: array<u32>;

@group(0)
@binding(6)
var<storage, read_write> buffer_6_global: array<u32>;

struct info_st {
   scalars_f32: array<f32, 2>,
   scalars_u32: array<u32, 10>,
   static_meta: array<u32, 14>,
}

@group(0)
@binding(7)
var<storage, read> info: info_st;

var<workgroup> shared_memory_3: array<u32, 128>;

var<workgroup> shared_memory_4: array<u32, 128>;

var<workgroup> shared_memory_5: array<f32, 128>;

var<workgroup> shared_memory_6: array<u32, 128>;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn fuse_kernel(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
let workgroup_size_no_axis = WORKGROUP_SIZE_X * WORKGROUP_SIZE_Y * WORKGROUP_SIZE_Z;
var l_mut_8: u32;
var l_mut_23: f32;
var l_mut_24: f32;
var l_mut_25: f32;
var l_mut_40: f32;
var l_mut_47: f32;
var l_mut_93: u32;
var l_mut_102: f32;
var l_mut_117: f32;
var l_mut_124: f32;
var l_mut_178: f32;
var l_mut_193: f32;
var l_mut_200: f32;
var l_mut_245: u32;
var l_mut_246: u32;
var l_mut_620: u32;
var l_mut_724: f32;
var l_mut_1541: u32;
var l_mut_1590: u32;
var l_mut_1846: u32;
var l_mut_1895: u32;
let l_0 = workgroup_id.y * num_workgroups.x;
let l_1 = l_0 + workgroup_id.x;
let l_2 = l_1 >= info.scalars_u32[9];
if l_2 {
return;
}
let l_7 = l_1 * u32(64);
l_mut_8 = local_idx;
loop {
let l_9 = l_mut_8 < u32(128);
let l_10 = !l_9;
if l_10 {
break;
}
let l_11 = l_mut_8 / u32(2);
let l_12 = l_7 + l_11;
let l_13 = l_mut_8 % u32(2);
let l_14 = l_12 < info.scalars_u32[6];
if l_14 {
let l_15 = l_12 / info.scalars_u32[7];
let l_16 = u32(2) * l_12;
let l_17 = buffer_4_global[l_16];
let l_18 = u32(2) * l_12;
let l_19 = l_18 + u32(1);
let l_20 = buffer_4_global[l_19];
let l_21 = l_20 >> u32(20);
let l_22 = l_21 & u32(2047);
l_mut_23 = f32(0.0);
l_mut_24 = f32(0.0);
l_mut_25 = f32(0.0);
let l_26 = l_22 != u32(0);
if l_26 {
let l_27 = i32(l_22);
let l_28 = l_27 - i32(1023);
let l_29 = l_20 & u32(1048575);
let l_30 = l_29 | u32(1048576);
let l_31 = l_30 << u32(3);
let l_32 = l_17 >> u32(29);
let l_33 = l_31 | l_32;
let l_34 = l_17 >> u32(5);
let l_35 = l_34 & u32(16777215);
let l_36 = l_17 & u32(31);
let l_37 = f32(l_33);
let l_38 = l_28 - i32(23);
let l_39 = l_38 / i32(2);
l_mut_40 = f32(0.0);
let l_41 = l_39 >= i32(-126);
if l_41 {
let l_42 = l_39 + i32(127);
let l_43 = u32(l_42);
let l_44 = l_43 << u32(23);
let l_45 = bitcast<f32>(l_44);
l_mut_40 = l_45;
}
let l_46 = l_38 - l_39;
l_mut_47 = f32(0.0);
let l_48 = l_46 >= i32(-126);
if l_48 {
let l_49 = l_46 + i32(127);
let l_50 = u32(l_49);
let l_51 = l_50 << u32(23);
let l_52 = bitcast<f32>(l_51);
l_mut_47 = l_52;
}
let l_53 = l_mut_40 * l_mut_47;
let l_54 = l_37 * l_53;
l_mut_23 = l_54;
let l_55 = f32(l_35);
let l_56 = l_28 - i32(47);
let l_57 = l_56 / i32(2);
l_mut_47 = f32(0.0);
let l_58 = l_57 >= i32(-126);
if l_58 {
let l_59 = l_57 + i32(127);
let l_60 = u32(l_59);
let l_61 = l_60 << u32(23);
let l_62 = bitcast<f32>(l_61);
l_mut_47 = l_62;
}
let l_63 = l_56 - l_57;
l_mut_40 = f32(0.0);
let l_64 = l_63 >= i32(-126);
if l_64 {
let l_65 = l_63 + i32(127);
let l_66 = u32(l_65);
let l_67 = l_66 << u32(23);
let l_68 = bitcast<f32>(l_67);
l_mut_40 = l_68;
}
let l_69 = l_mut_47 * l_mut_40;
let l_70 = l_55 * l_69;
l_mut_24 = l_70;
let l_71 = f32(l_36);
let l_72 = l_28 - i32(52);
let l_73 = l_72 / i32(2);
l_mut_47 = f32(0.0);
let l_74 = l_73 >= i32(-126);
if l_74 {
let l_75 = l_73 + i32(127);
let l_76 = u32(l_75);
let l_77 = l_76 << u32(23);
let l_78 = bitcast<f32>(l_77);
l_mut_47 = l_78;
}
let l_79 = l_72 - l_73;
l_mut_40 = f32(0.0);
let l_80 = l_79 >= i32(-126);
if l_80 {
let l_81 = l_79 + i32(127);
let l_82 = u32(l_81);
let l_83 = l_82 << u32(23);
let l_84 = bitcast<f32>(l_83);
l_mut_40 = l_84;
}
let l_85 = l_mut_47 * l_mut_40;
let l_86 = l_71 * l_85;
l_mut_25 = l_86;
let l_87 = l_20 >> u32(31);
let l_88 = l_87 == u32(1);
if l_88 {
let l_89 = -l_mut_23;
l_mut_23 = l_89;
let l_90 = -l_mut_24;
l_mut_24 = l_90;
let l_91 = -l_mut_25;
l_mut_25 = l_91;
}
}
let l_92 = l_13 == u32(0);
if l_92 {
l_mut_93 = info.scalars_u32[0];
let l_94 = l_15 * info.scalars_u32[0];
let l_95 = u32(2) * l_94;
let l_96 = buffer_2_global[l_95];
let l_97 = u32(2) * l_94;
let l_98 = l_97 + u32(1);
let l_99 = buffer_2_global[l_98];
let l_100 = l_99 >> u32(20);
let l_101 = l_100 & u32(2047);
l_mut_47 = f32(0.0);
l_mut_40 = f32(0.0);
l_mut_102 = f32(0.0);
let l_103 = l_101 != u32(0);
if l_103 {
let l_104 = i32(l_101);
let l_105 = l_104 - i32(1023);
let l_106 = l_99 & u32(1048575);
let l_107 = l_106 | u32(1048576);
let l_108 = l_107 << u32(3);
let l_109 = l_96 >> u32(29);
let l_110 = l_108 | l_109;
let l_111 = l_96 >> u32(5);
let l_112 = l_111 & u32(16777215);
let l_113 = l_96 & u32(31);
let l_114 = f32(l_110);
let l_115 = l_105 - i32(23);
let l_116 = l_115 / i32(2);
l_mut_117 = f32(0.0);
let l_118 = l_116 >= i32(-126);
if l_118 {
let l_119 = l_116 + i32(127);
let l_120 = u32(l_119);
let l_121 = l_120 << u32(23);
let l_122 = bitcast<f32>(l_121);
l_mut_117 = l_122;
}
let l_123 = l_115 - l_116;
l_mut_124 = f32(0.0);
let l_125 = l_123 >= i32(-126);
if l_125 {
let l_126 = l_123 + i32(127);
let l_127 = u32(l_126);
let l_128 = l_127 << u32(23);
let l_129 = bitcast<f32>(l_128);
l_mut_124 = l_129;
}
let l_130 = l_mut_117 * l_mut_124;
let l_131 = l_114 * l_130;
l_mut_47 = l_131;
let l_132 = f32(l_112);
let l_133 = l_105 - i32(47);
let l_134 = l_133 / i32(2);
l_mut_124 = f32(0.0);
let l_135 = l_134 >= i32(-126);
if l_135 {
let l_136 = l_134 + i32(127);
let l_137 = u32(l_136);
let l_138 = l_137 << u32(23);
let l_139 = bitcast<f32>(l_138);
l_mut_124 = l_139;
}
let l_140 = l_133 - l_134;
l_mut_117 = f32(0.0);
let l_141 = l_140 >= i32(-126);
if l_141 {
let l_142 = l_140 + i32(127);
let l_143 = u32(l_142);
let l_144 = l_143 << u32(23);
let l_145 = bitcast<f32>(l_144);
l_mut_117 = l_145;
}
let l_146 = l_mut_124 * l_mut_117;
let l_147 = l_132 * l_146;
l_mut_40 = l_147;
let l_148 = f32(l_113);
let l_149 = l_105 - i32(52);
let l_150 = l_149 / i32(2);
l_mut_124 = f32(0.0);
let l_151 = l_150 >= i32(-126);
if l_151 {
let l_152 = l_150 + i32(127);
let l_153 = u32(l_152);
let l_154 = l_153 << u32(23);
let l_155 = bitcast<f32>(l_154);
l_mut_124 = l_155;
}
let l_156 = l_149 - l_150;
l_mut_117 = f32(0.0);
let l_157 = l_156 >= i32(-126);
if l_157 {
let l_158 = l_156 + i32(127);
let l_159 = u32(l_158);
let l_160 = l_159 << u32(23);
let l_161 = bitcast<f32>(l_160);
l_mut_117 = l_161;
}
let l_162 = l_mut_124 * l_mut_117;
let l_163 = l_148 * l_162;
l_mut_102 = l_163;
let l_164 = l_99 >> u32(31);
let l_165 = l_164 == u32(1);
if l_165 {
let l_166 = -l_mut_47;
l_mut_47 = l_166;
let l_167 = -l_mut_40;
l_mut_40 = l_167;
let l_168 = -l_mut_102;
l_mut_102 = l_168;
}
}
let l_169 = l_mut_93 - u32(1);
let l_170 = l_94 + l_169;
let l_171 = u32(2) * l_170;
let l_172 = buffer_2_global[l_171];
let l_173 = u32(2) * l_170;
let l_174 = l_173 + u32(1);
let l_175 = buffer_2_global[l_174];
let l_176 = l_175 >> u32(20);
let l_177 = l_176 & u32(2047);
l_mut_124 = f32(0.0);
l_mut_117 = f32(0.0);
l_mut_178 = f32(0.0);
let l_179 = l_177 != u32(0);
if l_179 {
let l_180 = i32(l_177);
let l_181 = l_180 - i32(1023);
let l_182 = l_175 & u32(1048575);
let l_183 = l_182 | u32(1048576);
let l_184 = l_183 << u32(3);
let l_185 = l_172 >> u32(29);
let l_186 = l_184 | l_185;
let l_187 = l_172 >> u32(5);
let l_188 = l_187 & u32(16777215);
let l_189 = l_172 & u32(31);
let l_190 = f32(l_186);
let l_191 = l_181 - i32(23);
let l_192 = l_191 / i32(2);
l_mut_193 = f32(0.0);
let l_194 = l_192 >= i32(-126);
if l_194 {
let l_195 = l_192 + i32(127);
let l_196 = u32(l_195);
let l_197 = l_196 << u32(23);
let l_198 = bitcast<f32>(l_197);
l_mut_193 = l_198;
}
let l_199 = l_191 - l_192;
l_mut_200 = f32(0.0);
let l_201 = l_199 >= i32(-126);
if l_201 {
let l_202 = l_199 + i32(127);
let l_203 = u32(l_202);
let l_204 = l_203 << u32(23);
let l_205 = bitcast<f32>(l_204);
l_mut_200 = l_205;
}
let l_206 = l_mut_193 * l_mut_200;
let l_207 = l_190 * l_206;
l_mut_124 = l_207;
let l_208 = f32(l_188);
let l_209 = l_181 - i32(47);
let l_210 = l_209 / i32(2);
l_mut_200 = f32(0.0);
let l_211 = l_210 >= i32(-126);
if l_211 {
let l_212 = l_210 + i32(127);
let l_213 = u32(l_212);
let l_214 = l_213 << u32(23);
let l_215 = bitcast<f32>(l_214);
l_mut_200 = l_215;
}
let l_216 = l_209 - l_210;
l_mut_193 = f32(0.0);
let l_217 = l_216 >= i32(-126);
if l_217 {
let l_218 = l_216 + i32(127);
let l_219 = u32(l_218);
let l_220 = l_219 << u32(23);
let l_221 = bitcast<f32>(l_220);
l_mut_193 = l_221;
}
let l_222 = l_mut_200 * l_mut_193;
let l_223 = l_208 * l_222;
l_mut_117 = l_223;
let l_224 = f32(l_189);
let l_225 = l_181 - i32(52);
let l_226 = l_225 / i32(2);
l_mut_200 = f32(0.0);
let l_227 = l_226 >= i32(-126);
if l_227 {
let l_228 = l_226 + i32(127);
let l_229 = u32(l_228);
let l_230 = l_229 << u32(23);
let l_231 = bitcast<f32>(l_230);
l_mut_200 = l_231;
}
let l_232 = l_225 - l_226;
l_mut_193 = f32(0.0);
let l_233 = l_232 >= i32(-126);
if l_233 {
let l_234 = l_232 + i32(127);
let l_235 = u32(l_234);
let l_236 = l_235 << u32(23);
let l_237 = bitcast<f32>(l_236);
l_mut_193 = l_237;
}
let l_238 = l_mut_200 * l_mut_193;
let l_239 = l_224 * l_238;
l_mut_178 = l_239;
let l_240 = l_175 >> u32(31);
let l_241 = l_240 == u32(1);
if l_241 {
let l_242 = -l_mut_124;
l_mut_124 = l_242;
let l_243 = -l_mut_117;
l_mut_117 = l_243;
let l_244 = -l_mut_178;
l_mut_178 = l_244;
}
}
l_mut_245 = u32(0);
l_mut_246 = l_mut_93;
let l_247 = l_mut_47 < l_mut_23;
let l_248 = l_mut_47 == l_mut_23;
let l_249 = l_mut_40 < l_mut_24;
let l_250 = l_mut_40 == l_mut_24;
let l_251 = l_mut_102 <= l_mut_25;
let l_252 = l_250 && l_251;
let l_253 = l_249 || l_252;
let l_254 = l_248 && l_253;
let l_255 = l_247 || l_254;
let l_256 = !l_255;
if l_256 {
l_mut_246 = u32(0);
} else {
let l_257 = l_mut_124 < l_mut_23;
let l_258 = l_mut_124 == l_mut_23;
let l_259 = l_mut_117 < l_mut_24;
let l_260 = l_mut_117 == l_mut_24;
let l_261 = l_mut_178 <= l_mut_25;
let l_262 = l_260 && l_261;
let l_263 = l_259 || l_262;
let l_264 = l_258 && l_263;
let l_265 = l_257 || l_264;
if l_265 {
l_mut_245 = l_mut_93;
} else {
let l_266 = l_mut_124 - l_mut_47;
let l_267 = l_mut_117 - l_mut_40;
let l_268 = l_266 + l_267;
let l_269 = l_mut_178 - l_mut_102;
let l_270 = l_268 + l_269;
let l_271 = l_mut_23 - l_mut_47;
let l_272 = l_mut_24 - l_mut_40;
let l_273 = l_271 + l_272;
let l_274 = l_mut_25 - l_mut_102;
let l_275 = l_273 + l_274;
let l_276 = l_275 / l_270;
let l_277 = l_mut_93 - u32(1);
let l_278 = f32(l_277);
let l_279 = l_276 * l_278;
let l_280 = max(l_279, f32(0.0));
let l_281 = u32(l_280);
let l_282 = l_mut_93 - u32(2);
let l_283 = min(l_281, l_282);
let l_284 = l_94 + l_283;
let l_285 = u32(2) * l_284;
let l_286 = buffer_2_global[l_285];
let l_287 = u32(2) * l_284;
let l_288 = l_287 + u32(1);
let l_289 = buffer_2_global[l_288];
let l_290 = l_289 >> u32(20);
let l_291 = l_290 & u32(2047);
l_mut_200 = f32(0.0);
l_mut_193 = f32(0.0);
l_mut_178 = f32(0.0);
let l_292 = l_291 != u32(0);
if l_292 {
let l_293 = i32(l_291);
let l_294 = l_293 - i32(1023);
let l_295 = l_289 & u32(1048575);
let l_296 = l_295 | u32(1048576);
let l_297 = l_296 << u32(3);
let l_298 = l_286 >> u32(29);
let l_299 = l_297 | l_298;
let l_300 = l_286 >> u32(5);
let l_301 = l_300 & u32(16777215);
let l_302 = l_286 & u32(31);
let l_303 = f32(l_299);
let l_304 = l_294 - i32(23);
let l_305 = l_304 / i32(2);
l_mut_124 = f32(0.0);
let l_306 = l_305 >= i32(-126);
if l_306 {
let l_307 = l_305 + i32(127);
let l_308 = u32(l_307);
let l_309 = l_308 << u32(23);
let l_310 = bitcast<f32>(l_309);
l_mut_124 = l_310;
}
let l_311 = l_304 - l_305;
l_mut_117 = f32(0.0);
let l_312 = l_311 >= i32(-126);
if l_312 {
let l_313 = l_311 + i32(127);
let l_314 = u32(l_313);
let l_315 = l_314 << u32(23);
let l_316 = bitcast<f32>(l_315);
l_mut_117 = l_316;
}
let l_317 = l_mut_124 * l_mut_117;
let l_318 = l_303 * l_317;
l_mut_200 = l_318;
let l_319 = f32(l_301);
let l_320 = l_294 - i32(47);
let l_321 = l_320 / i32(2);
l_mut_124 = f32(0.0);
let l_322 = l_321 >= i32(-126);
if l_322 {
let l_323 = l_321 + i32(127);
let l_324 = u32(l_323);
let l_325 = l_324 << u32(23);
let l_326 = bitcast<f32>(l_325);
l_mut_124 = l_326;
}
let l_327 = l_320 - l_321;
l_mut_117 = f32(0.0);
let l_328 = l_327 >= i32(-126);
if l_328 {
let l_329 = l_327 + i32(127);
let l_330 = u32(l_329);
let l_331 = l_330 << u32(23);
let l_332 = bitcast<f32>(l_331);
l_mut_117 = l_332;
}
let l_333 = l_mut_124 * l_mut_117;
let l_334 = l_319 * l_333;
l_mut_193 = l_334;
let l_335 = f32(l_302);
let l_336 = l_294 - i32(52);
let l_337 = l_336 / i32(2);
l_mut_124 = f32(0.0);
let l_338 = l_337 >= i32(-126);
if l_338 {
let l_339 = l_337 + i32(127);
let l_340 = u32(l_339);
let l_341 = l_340 << u32(23);
let l_342 = bitcast<f32>(l_341);
l_mut_124 = l_342;
}
let l_343 = l_336 - l_337;
l_mut_117 = f32(0.0);
let l_344 = l_343 >= i32(-126);
if l_344 {
let l_345 = l_343 + i32(127);
let l_346 = u32(l_345);
let l_347 = l_346 << u32(23);
let l_348 = bitcast<f32>(l_347);
l_mut_117 = l_348;
}
let l_349 = l_mut_124 * l_mut_117;
let l_350 = l_335 * l_349;
l_mut_178 = l_350;
let l_351 = l_289 >> u32(31);
let l_352 = l_351 == u32(1);
if l_352 {
let l_353 = -l_mut_200;
l_mut_200 = l_353;
let l_354 = -l_mut_193;
l_mut_193 = l_354;
let l_355 = -l_mut_178;
l_mut_178 = l_355;
}
}
let l_356 = l_mut_200 < l_mut_23;
let l_357 = l_mut_200 == l_mut_23;
let l_358 = l_mut_193 < l_mut_24;
let l_359 = l_mut_193 == l_mut_24;
let l_360 = l_mut_178 <= l_mut_25;
let l_361 = l_359 && l_360;
let l_362 = l_358 || l_361;
let l_363 = l_357 && l_362;
let l_364 = l_356 || l_363;
if l_364 {
let l_365 = l_283 + u32(1);
l_mut_245 = l_365;
let l_366 = l_283 + u32(1);
let l_367 = l_94 + l_366;
let l_368 = u32(2) * l_367;
let l_369 = buffer_2_global[l_368];
let l_370 = u32(2) * l_367;
let l_371 = l_370 + u32(1);
let l_372 = buffer_2_global[l_371];
let l_373 = l_372 >> u32(20);
let l_374 = l_373 & u32(2047);
l_mut_200 = f32(0.0);
l_mut_193 = f32(0.0);
l_mut_178 = f32(0.0);
let l_375 = l_374 != u32(0);
if l_375 {
let l_376 = i32(l_374);
let l_377 = l_376 - i32(1023);
let l_378 = l_372 & u32(1048575);
let l_379 = l_378 | u32(1048576);
let l_380 = l_379 << u32(3);
let l_381 = l_369 >> u32(29);
let l_382 = l_380 | l_381;
let l_383 = l_369 >> u32(5);
let l_384 = l_383 & u32(16777215);
let l_385 = l_369 & u32(31);
let l_386 = f32(l_382);
let l_387 = l_377 - i32(23);
let l_388 = l_387 / i32(2);
l_mut_124 = f32(0.0);
let l_389 = l_388 >= i32(-126);
if l_389 {
let l_390 = l_388 + i32(127);
let l_391 = u32(l_390);
let l_392 = l_391 << u32(23);
let l_393 = bitcast<f32>(l_392);
l_mut_124 = l_393;
}
let l_394 = l_387 - l_388;
l_mut_117 = f32(0.0);
let l_395 = l_394 >= i32(-126);
if l_395 {
let l_396 = l_394 + i32(127);
let l_397 = u32(l_396);
let l_398 = l_397 << u32(23);
let l_399 = bitcast<f32>(l_398);
l_mut_117 = l_399;
}
let l_400 = l_mut_124 * l_mut_117;
let l_401 = l_386 * l_400;
l_mut_200 = l_401;
let l_402 = f32(l_384);
let l_403 = l_377 - i32(47);
let l_404 = l_403 / i32(2);
l_mut_124 = f32(0.0);
let l_405 = l_404 >= i32(-126);
if l_405 {
let l_406 = l_404 + i32(127);
let l_407 = u32(l_406);
let l_408 = l_407 << u32(23);
let l_409 = bitcast<f32>(l_408);
l_mut_124 = l_409;
}
let l_410 = l_403 - l_404;
l_mut_117 = f32(0.0);
let l_411 = l_410 >= i32(-126);
if l_411 {
let l_412 = l_410 + i32(127);
let l_413 = u32(l_412);
let l_414 = l_413 << u32(23);
let l_415 = bitcast<f32>(l_414);
l_mut_117 = l_415;
}
let l_416 = l_mut_124 * l_mut_117;
let l_417 = l_402 * l_416;
l_mut_193 = l_417;
let l_418 = f32(l_385);
let l_419 = l_377 - i32(52);
let l_420 = l_419 / i32(2);
l_mut_124 = f32(0.0);
let l_421 = l_420 >= i32(-126);
if l_421 {
let l_422 = l_420 + i32(127);
let l_423 = u32(l_422);
let l_424 = l_423 << u32(23);
let l_425 = bitcast<f32>(l_424);
l_mut_124 = l_425;
}
let l_426 = l_419 - l_420;
l_mut_117 = f32(0.0);
let l_427 = l_426 >= i32(-126);
if l_427 {
let l_428 = l_426 + i32(127);
let l_429 = u32(l_428);
let l_430 = l_429 << u32(23);
let l_431 = bitcast<f32>(l_430);
l_mut_117 = l_431;
}
let l_432 = l_mut_124 * l_mut_117;
let l_433 = l_418 * l_432;
l_mut_178 = l_433;
let l_434 = l_372 >> u32(31);
let l_435 = l_434 == u32(1);
if l_435 {
let l_436 = -l_mut_200;
l_mut_200 = l_436;
let l_437 = -l_mut_193;
l_mut_193 = l_437;
let l_438 = -l_mut_178;
l_mut_178 = l_438;
}
}
let l_439 = l_mut_200 < l_mut_23;
let l_440 = l_mut_200 == l_mut_23;
let l_441 = l_mut_193 < l_mut_24;
let l_442 = l_mut_193 == l_mut_24;
let l_443 = l_mut_178 <= l_mut_25;
let l_444 = l_442 && l_443;
let l_445 = l_441 || l_444;
let l_446 = l_440 && l_445;
let l_447 = l_439 || l_446;
let l_448 = !l_447;
if l_448 {
let l_449 = l_283 + u32(1);
l_mut_246 = l_449;
}
} else {
l_mut_245 = u32(1);
l_mut_246 = l_283;
}
}
}
loop {
let l_450 = l_mut_245 < l_mut_246;
let l_451 = !l_450;
if l_451 {
break;
}
let l_452 = l_mut_245 + l_mut_246;
let l_453 = l_452 / u32(2);
let l_454 = l_94 + l_453;
let l_455 = u32(2) * l_454;
let l_456 = buffer_2_global[l_455];
let l_457 = u32(2) * l_454;
let l_458 = l_457 + u32(1);
let l_459 = buffer_2_global[l_458];
let l_460 = l_459 >> u32(20);
let l_461 = l_460 & u32(2047);
l_mut_200 = f32(0.0);
l_mut_193 = f32(0.0);
l_mut_178 = f32(0.0);
let l_462 = l_461 != u32(0);
if l_462 {
let l_463 = i32(l_461);
let l_464 = l_463 - i32(1023);
let l_465 = l_459 & u32(1048575);
let l_466 = l_465 | u32(1048576);
let l_467 = l_466 << u32(3);
let l_468 = l_456 >> u32(29);
let l_469 = l_467 | l_468;
let l_470 = l_456 >> u32(5);
let l_471 = l_470 & u32(16777215);
let l_472 = l_456 & u32(31);
let l_473 = f32(l_469);
let l_474 = l_464 - i32(23);
let l_475 = l_474 / i32(2);
l_mut_124 = f32(0.0);
let l_476 = l_475 >= i32(-126);
if l_476 {
let l_477 = l_475 + i32(127);
let l_478 = u32(l_477);
let l_479 = l_478 << u32(23);
let l_480 = bitcast<f32>(l_479);
l_mut_124 = l_480;
}
let l_481 = l_474 - l_475;
l_mut_117 = f32(0.0);
let l_482 = l_481 >= i32(-126);
if l_482 {
let l_483 = l_481 + i32(127);
let l_484 = u32(l_483);
let l_485 = l_484 << u32(23);
let l_486 = bitcast<f32>(l_485);
l_mut_117 = l_486;
}
let l_487 = l_mut_124 * l_mut_117;
let l_488 = l_473 * l_487;
l_mut_200 = l_488;
let l_489 = f32(l_471);
let l_490 = l_464 - i32(47);
let l_491 = l_490 / i32(2);
l_mut_124 = f32(0.0);
let l_492 = l_491 >= i32(-126);
if l_492 {
let l_493 = l_491 + i32(127);
let l_494 = u32(l_493);
let l_495 = l_494 << u32(23);
let l_496 = bitcast<f32>(l_495);
l_mut_124 = l_496;
}
let l_497 = l_490 - l_491;
l_mut_117 = f32(0.0);
let l_498 = l_497 >= i32(-126);
if l_498 {
let l_499 = l_497 + i32(127);
let l_500 = u32(l_499);
let l_501 = l_500 << u32(23);
let l_502 = bitcast<f32>(l_501);
l_mut_117 = l_502;
}
let l_503 = l_mut_124 * l_mut_117;
let l_504 = l_489 * l_503;
l_mut_193 = l_504;
let l_505 = f32(l_472);
let l_506 = l_464 - i32(52);
let l_507 = l_506 / i32(2);
l_mut_124 = f32(0.0);
let l_508 = l_507 >= i32(-126);
if l_508 {
let l_509 = l_507 + i32(127);
let l_510 = u32(l_509);
let l_511 = l_510 << u32(23);
let l_512 = bitcast<f32>(l_511);
l_mut_124 = l_512;
}
let l_513 = l_506 - l_507;
l_mut_117 = f32(0.0);
let l_514 = l_513 >= i32(-126);
if l_514 {
let l_515 = l_513 + i32(127);
let l_516 = u32(l_515);
let l_517 = l_516 << u32(23);
let l_518 = bitcast<f32>(l_517);
l_mut_117 = l_518;
}
let l_519 = l_mut_124 * l_mut_117;
let l_520 = l_505 * l_519;
l_mut_178 = l_520;
let l_521 = l_459 >> u32(31);
let l_522 = l_521 == u32(1);
if l_522 {
let l_523 = -l_mut_200;
l_mut_200 = l_523;
let l_524 = -l_mut_193;
l_mut_193 = l_524;
let l_525 = -l_mut_178;
l_mut_178 = l_525;
}
}
let l_526 = l_mut_200 < l_mut_23;
let l_527 = l_mut_200 == l_mut_23;
let l_528 = l_mut_193 < l_mut_24;
let l_529 = l_mut_193 == l_mut_24;
let l_530 = l_mut_178 <= l_mut_25;
let l_531 = l_529 && l_530;
let l_532 = l_528 || l_531;
let l_533 = l_527 && l_532;
let l_534 = l_526 || l_533;
if l_534 {
let l_535 = l_453 + u32(1);
l_mut_245 = l_535;
} else {
l_mut_246 = l_453;
}
}
let l_536 = l_mut_93 - u32(1);
l_mut_246 = u32(0);
let l_537 = l_mut_245 > u32(0);
let l_538 = l_94 + l_536;
let l_539 = u32(2) * l_538;
let l_540 = buffer_2_global[l_539];
let l_541 = u32(2) * l_538;
let l_542 = l_541 + u32(1);
let l_543 = buffer_2_global[l_542];
let l_544 = l_543 >> u32(20);
let l_545 = l_544 & u32(2047);
l_mut_200 = f32(0.0);
l_mut_193 = f32(0.0);
l_mut_178 = f32(0.0);
let l_546 = l_545 != u32(0);
if l_546 {
let l_547 = i32(l_545);
let l_548 = l_547 - i32(1023);
let l_549 = l_543 & u32(1048575);
let l_550 = l_549 | u32(1048576);
let l_551 = l_550 << u32(3);
let l_552 = l_540 >> u32(29);
let l_553 = l_551 | l_552;
let l_554 = l_540 >> u32(5);
let l_555 = l_554 & u32(16777215);
let l_556 = l_540 & u32(31);
let l_557 = f32(l_553);
let l_558 = l_548 - i32(23);
let l_559 = l_558 / i32(2);
l_mut_124 = f32(0.0);
let l_560 = l_559 >= i32(-126);
if l_560 {
let l_561 = l_559 + i32(127);
let l_562 = u32(l_561);
let l_563 = l_562 << u32(23);
let l_564 = bitcast<f32>(l_563);
l_mut_124 = l_564;
}
let l_565 = l_558 - l_559;
l_mut_117 = f32(0.0);
let l_566 = l_565 >= i32(-126);
if l_566 {
let l_567 = l_565 + i32(127);
let l_568 = u32(l_567);
let l_569 = l_568 << u32(23);
let l_570 = bitcast<f32>(l_569);
l_mut_117 = l_570;
}
let l_571 = l_mut_124 * l_mut_117;
let l_572 = l_557 * l_571;
l_mut_200 = l_572;
let l_573 = f32(l_555);
let l_574 = l_548 - i32(47);
let l_575 = l_574 / i32(2);
l_mut_124 = f32(0.0);
let l_576 = l_575 >= i32(-126);
if l_576 {
let l_577 = l_575 + i32(127);
let l_578 = u32(l_577);
let l_579 = l_578 << u32(23);
let l_580 = bitcast<f32>(l_579);
l_mut_124 = l_580;
}
let l_581 = l_574 - l_575;
l_mut_117 = f32(0.0);
let l_582 = l_581 >= i32(-126);
if l_582 {
let l_583 = l_581 + i32(127);
let l_584 = u32(l_583);
let l_585 = l_584 << u32(23);
let l_586 = bitcast<f32>(l_585);
l_mut_117 = l_586;
}
let l_587 = l_mut_124 * l_mut_117;
let l_588 = l_573 * l_587;
l_mut_193 = l_588;
let l_589 = f32(l_556);
let l_590 = l_548 - i32(52);
let l_591 = l_590 / i32(2);
l_mut_124 = f32(0.0);
let l_592 = l_591 >= i32(-126);
if l_592 {
let l_593 = l_591 + i32(127);
let l_594 = u32(l_593);
let l_595 = l_594 << u32(23);
let l_596 = bitcast<f32>(l_595);
l_mut_124 = l_596;
}
let l_597 = l_590 - l_591;
l_mut_117 = f32(0.0);
let l_598 = l_597 >= i32(-126);
if l_598 {
let l_599 = l_597 + i32(127);
let l_600 = u32(l_599);
let l_601 = l_600 << u32(23);
let l_602 = bitcast<f32>(l_601);
l_mut_117 = l_602;
}
let l_603 = l_mut_124 * l_mut_117;
let l_604 = l_589 * l_603;
l_mut_178 = l_604;
let l_605 = l_543 >> u32(31);
let l_606 = l_605 == u32(1);
if l_606 {
let l_607 = -l_mut_200;
l_mut_200 = l_607;
let l_608 = -l_mut_193;
l_mut_193 = l_608;
let l_609 = -l_mut_178;
l_mut_178 = l_609;
}
}
let l_610 = l_mut_23 < l_mut_200;
let l_611 = l_mut_23 == l_mut_200;
let l_612 = l_mut_24 < l_mut_193;
let l_613 = l_mut_24 == l_mut_193;
let l_614 = l_mut_25 <= l_mut_178;
let l_615 = l_613 && l_614;
let l_616 = l_612 || l_615;
let l_617 = l_611 && l_616;
let l_618 = l_610 || l_617;
let l_619 = l_537 && l_618;
if l_619 {
l_mut_246 = u32(1);
}
l_mut_93 = u32(0);
l_mut_620 = u32(0);
l_mut_200 = f32(0.0);
let l_621 = l_mut_245 > u32(0);
if l_621 {
let l_622 = l_mut_245 - u32(1);
l_mut_93 = l_622;
l_mut_620 = l_622;
let l_623 = l_mut_245 > l_536;
if l_623 {
l_mut_93 = l_536;
l_mut_620 = l_mut_93;
} else {
let l_624 = l_94 + l_622;
let l_625 = u32(2) * l_624;
let l_626 = buffer_2_global[l_625];
let l_627 = u32(2) * l_624;
let l_628 = l_627 + u32(1);
let l_629 = buffer_2_global[l_628];
let l_630 = l_629 >> u32(20);
let l_631 = l_630 & u32(2047);
l_mut_193 = f32(0.0);
l_mut_178 = f32(0.0);
l_mut_124 = f32(0.0);
let l_632 = l_631 != u32(0);
if l_632 {
let l_633 = i32(l_631);
let l_634 = l_633 - i32(1023);
let l_635 = l_629 & u32(1048575);
let l_636 = l_635 | u32(1048576);
let l_637 = l_636 << u32(3);
let l_638 = l_626 >> u32(29);
let l_639 = l_637 | l_638;
let l_640 = l_626 >> u32(5);
let l_641 = l_640 & u32(16777215);
let l_642 = l_626 & u32(31);
let l_643 = f32(l_639);
let l_644 = l_634 - i32(23);
let l_645 = l_644 / i32(2);
l_mut_117 = f32(0.0);
let l_646 = l_645 >= i32(-126);
if l_646 {
let l_647 = l_645 + i32(127);
let l_648 = u32(l_647);
let l_649 = l_648 << u32(23);
let l_650 = bitcast<f32>(l_649);
l_mut_117 = l_650;
}
let l_651 = l_644 - l_645;
l_mut_102 = f32(0.0);
let l_652 = l_651 >= i32(-126);
if l_652 {
let l_653 = l_651 + i32(127);
let l_654 = u32(l_653);
let l_655 = l_654 << u32(23);
let l_656 = bitcast<f32>(l_655);
l_mut_102 = l_656;
}
let l_657 = l_mut_117 * l_mut_102;
let l_658 = l_643 * l_657;
l_mut_193 = l_658;
let l_659 = f32(l_641);
let l_660 = l_634 - i32(47);
let l_661 = l_660 / i32(2);
l_mut_117 = f32(0.0);
let l_662 = l_661 >= i32(-126);
if l_662 {
let l_663 = l_661 + i32(127);
let l_664 = u32(l_663);
let l_665 = l_664 << u32(23);
let l_666 = bitcast<f32>(l_665);
l_mut_117 = l_666;
}
let l_667 = l_660 - l_661;
l_mut_102 = f32(0.0);
let l_668 = l_667 >= i32(-126);
if l_668 {
let l_669 = l_667 + i32(127);
let l_670 = u32(l_669);
let l_671 = l_670 << u32(23);
let l_672 = bitcast<f32>(l_671);
l_mut_102 = l_672;
}
let l_673 = l_mut_117 * l_mut_102;
let l_674 = l_659 * l_673;
l_mut_178 = l_674;
let l_675 = f32(l_642);
let l_676 = l_634 - i32(52);
let l_677 = l_676 / i32(2);
l_mut_117 = f32(0.0);
let l_678 = l_677 >= i32(-126);
if l_678 {
let l_679 = l_677 + i32(127);
let l_680 = u32(l_679);
let l_681 = l_680 << u32(23);
let l_682 = bitcast<f32>(l_681);
l_mut_117 = l_682;
}
let l_683 = l_676 - l_677;
l_mut_102 = f32(0.0);
let l_684 = l_683 >= i32(-126);
if l_684 {
let l_685 = l_683 + i32(127);
let l_686 = u32(l_685);
let l_687 = l_686 << u32(23);
let l_688 = bitcast<f32>(l_687);
l_mut_102 = l_688;
}
let l_689 = l_mut_117 * l_mut_102;
let l_690 = l_675 * l_689;
l_mut_124 = l_690;
let l_691 = l_629 >> u32(31);
let l_692 = l_691 == u32(1);
if l_692 {
let l_693 = -l_mut_193;
l_mut_193 = l_693;
let l_694 = -l_mut_178;
l_mut_178 = l_694;
let l_695 = -l_mut_124;
l_mut_124 = l_695;
}
}
let l_696 = l_94 + l_mut_245;
let l_697 = u32(2) * l_696;
let l_698 = buffer_2_global[l_697];
let l_699 = u32(2) * l_696;
let l_700 = l_699 + u32(1);
let l_701 = buffer_2_global[l_700];
let l_702 = l_701 >> u32(20);
let l_703 = l_702 & u32(2047);
l_mut_117 = f32(0.0);
l_mut_102 = f32(0.0);
l_mut_47 = f32(0.0);
let l_704 = l_703 != u32(0);
if l_704 {
let l_705 = i32(l_703);
let l_706 = l_705 - i32(1023);
let l_707 = l_701 & u32(1048575);
let l_708 = l_707 | u32(1048576);
let l_709 = l_708 << u32(3);
let l_710 = l_698 >> u32(29);
let l_711 = l_709 | l_710;
let l_712 = l_698 >> u32(5);
let l_713 = l_712 & u32(16777215);
let l_714 = l_698 & u32(31);
let l_715 = f32(l_711);
let l_716 = l_706 - i32(23);
let l_717 = l_716 / i32(2);
l_mut_40 = f32(0.0);
let l_718 = l_717 >= i32(-126);
if l_718 {
let l_719 = l_717 + i32(127);
let l_720 = u32(l_719);
let l_721 = l_720 << u32(23);
let l_722 = bitcast<f32>(l_721);
l_mut_40 = l_722;
}
let l_723 = l_716 - l_717;
l_mut_724 = f32(0.0);
let l_725 = l_723 >= i32(-126);
if l_725 {
let l_726 = l_723 + i32(127);
let l_727 = u32(l_726);
let l_728 = l_727 << u32(23);
let l_729 = bitcast<f32>(l_728);
l_mut_724 = l_729;
}
let l_730 = l_mut_40 * l_mut_724;
let l_731 = l_715 * l_730;
l_mut_117 = l_731;
let l_732 = f32(l_713);
let l_733 = l_706 - i32(47);
let l_734 = l_733 / i32(2);
l_mut_724 = f32(0.0);
let l_735 = l_734 >= i32(-126);
if l_735 {
let l_736 = l_734 + i32(127);
let l_737 = u32(l_736);
let l_738 = l_737 << u32(23);
let l_739 = bitcast<f32>(l_738);
l_mut_724 = l_739;
}
let l_740 = l_733 - l_734;
l_mut_40 = f32(0.0);
let l_741 = l_740 >= i32(-126);
if l_741 {
let l_742 = l_740 + i32(127);
let l_743 = u32(l_742);
let l_744 = l_743 << u32(23);
let l_745 = bitcast<f32>(l_744);
l_mut_40 = l_745;
}
let l_746 = l_mut_724 * l_mut_40;
let l_747 = l_732 * l_746;
l_mut_102 = l_747;
let l_748 = f32(l_714);
let l_749 = l_706 - i32(52);
let l_750 = l_749 / i32(2);
l_mut_724 = f32(0.0);
let l_751 = l_750 >= i32(-126);
if l_751 {
let l_752 = l_750 + i32(127);
let l_753 = u32(l_752);
let l_754 = l_753 << u32(23);
let l_755 = bitcast<f32>(l_754);
l_mut_724 = l_755;
}
let l_756 = l_749 - l_750;
l_mut_40 = f32(0.0);
let l_757 = l_756 >= i32(-126);
if l_757 {
let l_758 = l_756 + i32(127);
let l_759 = u32(l_758);
let l_760 = l_759 << u32(23);
let l_761 = bitcast<f32>(l_760);
l_mut_40 = l_761;
}
let l_762 = l_mut_724 * l_mut_40;
let l_763 = l_748 * l_762;
l_mut_47 = l_763;
let l_764 = l_701 >> u32(31);
let l_765 = l_764 == u32(1);
if l_765 {
let l_766 = -l_mut_117;
l_mut_117 = l_766;
let l_767 = -l_mut_102;
l_mut_102 = l_767;
let l_768 = -l_mut_47;
l_mut_47 = l_768;
}
}
let l_769 = l_mut_23 - l_mut_193;
let l_770 = l_mut_24 - l_mut_178;
let l_771 = l_769 + l_770;
let l_772 = l_mut_25 - l_mut_124;
let l_773 = l_771 + l_772;
let l_774 = l_mut_117 - l_mut_193;
let l_775 = l_mut_102 - l_mut_178;
let l_776 = l_774 + l_775;
let l_777 = l_mut_47 - l_mut_124;
let l_778 = l_776 + l_777;
let l_779 = l_773 / l_778;
let l_780 = l_779 != f32(0.0);
if l_780 {
l_mut_620 = l_mut_245;
l_mut_200 = l_779;
}
}
}
let l_781 = l_94 + l_mut_93;
let l_782 = l_781 * info.scalars_u32[2];
shared_memory_3[l_mut_8] = l_782;
let l_783 = l_94 + l_mut_620;
let l_784 = l_783 * info.scalars_u32[2];
shared_memory_4[l_mut_8] = l_784;
shared_memory_5[l_mut_8] = l_mut_200;
shared_memory_6[l_mut_8] = l_mut_246;
}
let l_785 = l_13 == u32(1);
if l_785 {
l_mut_620 = info.scalars_u32[1];
let l_786 = l_15 * info.scalars_u32[1];
let l_787 = u32(2) * l_786;
let l_788 = buffer_3_global[l_787];
let l_789 = u32(2) * l_786;
let l_790 = l_789 + u32(1);
let l_791 = buffer_3_global[l_790];
let l_792 = l_791 >> u32(20);
let l_793 = l_792 & u32(2047);
l_mut_724 = f32(0.0);
l_mut_200 = f32(0.0);
l_mut_193 = f32(0.0);
let l_794 = l_793 != u32(0);
if l_794 {
let l_795 = i32(l_793);
let l_796 = l_795 - i32(1023);
let l_797 = l_791 & u32(1048575);
let l_798 = l_797 | u32(1048576);
let l_799 = l_798 << u32(3);
let l_800 = l_788 >> u32(29);
let l_801 = l_799 | l_800;
let l_802 = l_788 >> u32(5);
let l_803 = l_802 & u32(16777215);
let l_804 = l_788 & u32(31);
let l_805 = f32(l_801);
let l_806 = l_796 - i32(23);
let l_807 = l_806 / i32(2);
l_mut_178 = f32(0.0);
let l_808 = l_807 >= i32(-126);
if l_808 {
let l_809 = l_807 + i32(127);
let l_810 = u32(l_809);
let l_811 = l_810 << u32(23);
let l_812 = bitcast<f32>(l_811);
l_mut_178 = l_812;
}
let l_813 = l_806 - l_807;
l_mut_124 = f32(0.0);
let l_814 = l_813 >= i32(-126);
if l_814 {
let l_815 = l_813 + i32(127);
let l_816 = u32(l_815);
let l_817 = l_816 << u32(23);
let l_818 = bitcast<f32>(l_817);
l_mut_124 = l_818;
}
let l_819 = l_mut_178 * l_mut_124;
let l_820 = l_805 * l_819;
l_mut_724 = l_820;
let l_821 = f32(l_803);
let l_822 = l_796 - i32(47);
let l_823 = l_822 / i32(2);
l_mut_178 = f32(0.0);
let l_824 = l_823 >= i32(-126);
if l_824 {
let l_825 = l_823 + i32(127);
let l_826 = u32(l_825);
let l_827 = l_826 << u32(23);
let l_828 = bitcast<f32>(l_827);
l_mut_178 = l_828;
}
let l_829 = l_822 - l_823;
l_mut_124 = f32(0.0);
let l_830 = l_829 >= i32(-126);
if l_830 {
let l_831 = l_829 + i32(127);
let l_832 = u32(l_831);
let l_833 = l_832 << u32(23);
let l_834 = bitcast<f32>(l_833);
l_mut_124 = l_834;
}
let l_835 = l_mut_178 * l_mut_124;
let l_836 = l_821 * l_835;
l_mut_200 = l_836;
let l_837 = f32(l_804);
let l_838 = l_796 - i32(52);
let l_839 = l_838 / i32(2);
l_mut_178 = f32(0.0);
let l_840 = l_839 >= i32(-126);
if l_840 {
let l_841 = l_839 + i32(127);
let l_842 = u32(l_841);
let l_843 = l_842 << u32(23);
let l_844 = bitcast<f32>(l_843);
l_mut_178 = l_844;
}
let l_845 = l_838 - l_839;
l_mut_124 = f32(0.0);
let l_846 = l_845 >= i32(-126);
if l_846 {
let l_847 = l_845 + i32(127);
let l_848 = u32(l_847);
let l_849 = l_848 << u32(23);
let l_850 = bitcast<f32>(l_849);
l_mut_124 = l_850;
}
let l_851 = l_mut_178 * l_mut_124;
let l_852 = l_837 * l_851;
l_mut_193 = l_852;
let l_853 = l_791 >> u32(31);
let l_854 = l_853 == u32(1);
if l_854 {
let l_855 = -l_mut_724;
l_mut_724 = l_855;
let l_856 = -l_mut_200;
l_mut_200 = l_856;
let l_857 = -l_mut_193;
l_mut_193 = l_857;
}
}
let l_858 = l_mut_620 - u32(1);
let l_859 = l_786 + l_858;
let l_860 = u32(2) * l_859;
let l_861 = buffer_3_global[l_860];
let l_862 = u32(2) * l_859;
let l_863 = l_862 + u32(1);
let l_864 = buffer_3_global[l_863];
let l_865 = l_864 >> u32(20);
let l_866 = l_865 & u32(2047);
l_mut_178 = f32(0.0);
l_mut_124 = f32(0.0);
l_mut_117 = f32(0.0);
let l_867 = l_866 != u32(0);
if l_867 {
let l_868 = i32(l_866);
let l_869 = l_868 - i32(1023);
let l_870 = l_864 & u32(1048575);
let l_871 = l_870 | u32(1048576);
let l_872 = l_871 << u32(3);
let l_873 = l_861 >> u32(29);
let l_874 = l_872 | l_873;
let l_875 = l_861 >> u32(5);
let l_876 = l_875 & u32(16777215);
let l_877 = l_861 & u32(31);
let l_878 = f32(l_874);
let l_879 = l_869 - i32(23);
let l_880 = l_879 / i32(2);
l_mut_102 = f32(0.0);
let l_881 = l_880 >= i32(-126);
if l_881 {
let l_882 = l_880 + i32(127);
let l_883 = u32(l_882);
let l_884 = l_883 << u32(23);
let l_885 = bitcast<f32>(l_884);
l_mut_102 = l_885;
}
let l_886 = l_879 - l_880;
l_mut_47 = f32(0.0);
let l_887 = l_886 >= i32(-126);
if l_887 {
let l_888 = l_886 + i32(127);
let l_889 = u32(l_888);
let l_890 = l_889 << u32(23);
let l_891 = bitcast<f32>(l_890);
l_mut_47 = l_891;
}
let l_892 = l_mut_102 * l_mut_47;
let l_893 = l_878 * l_892;
l_mut_178 = l_893;
let l_894 = f32(l_876);
let l_895 = l_869 - i32(47);
let l_896 = l_895 / i32(2);
l_mut_102 = f32(0.0);
let l_897 = l_896 >= i32(-126);
if l_897 {
let l_898 = l_896 + i32(127);
let l_899 = u32(l_898);
let l_900 = l_899 << u32(23);
let l_901 = bitcast<f32>(l_900);
l_mut_102 = l_901;
}
let l_902 = l_895 - l_896;
l_mut_47 = f32(0.0);
let l_903 = l_902 >= i32(-126);
if l_903 {
let l_904 = l_902 + i32(127);
let l_905 = u32(l_904);
let l_906 = l_905 << u32(23);
let l_907 = bitcast<f32>(l_906);
l_mut_47 = l_907;
}
let l_908 = l_mut_102 * l_mut_47;
let l_909 = l_894 * l_908;
l_mut_124 = l_909;
let l_910 = f32(l_877);
let l_911 = l_869 - i32(52);
let l_912 = l_911 / i32(2);
l_mut_102 = f32(0.0);
let l_913 = l_912 >= i32(-126);
if l_913 {
let l_914 = l_912 + i32(127);
let l_915 = u32(l_914);
let l_916 = l_915 << u32(23);
let l_917 = bitcast<f32>(l_916);
l_mut_102 = l_917;
}
let l_918 = l_911 - l_912;
l_mut_47 = f32(0.0);
let l_919 = l_918 >= i32(-126);
if l_919 {
let l_920 = l_918 + i32(127);
let l_921 = u32(l_920);
let l_922 = l_921 << u32(23);
let l_923 = bitcast<f32>(l_922);
l_mut_47 = l_923;
}
let l_924 = l_mut_102 * l_mut_47;
let l_925 = l_910 * l_924;
l_mut_117 = l_925;
let l_926 = l_864 >> u32(31);
let l_927 = l_926 == u32(1);
if l_927 {
let l_928 = -l_mut_178;
l_mut_178 = l_928;
let l_929 = -l_mut_124;
l_mut_124 = l_929;
let l_930 = -l_mut_117;
l_mut_117 = l_930;
}
}
l_mut_246 = u32(0);
l_mut_245 = l_mut_620;
let l_931 = l_mut_724 < l_mut_23;
let l_932 = l_mut_724 == l_mut_23;
let l_933 = l_mut_200 < l_mut_24;
let l_934 = l_mut_200 == l_mut_24;
let l_935 = l_mut_193 <= l_mut_25;
let l_936 = l_934 && l_935;
let l_937 = l_933 || l_936;
let l_938 = l_932 && l_937;
let l_939 = l_931 || l_938;
let l_940 = !l_939;
if l_940 {
l_mut_245 = u32(0);
} else {
let l_941 = l_mut_178 < l_mut_23;
let l_942 = l_mut_178 == l_mut_23;
let l_943 = l_mut_124 < l_mut_24;
let l_944 = l_mut_124 == l_mut_24;
let l_945 = l_mut_117 <= l_mut_25;
let l_946 = l_944 && l_945;
let l_947 = l_943 || l_946;
let l_948 = l_942 && l_947;
let l_949 = l_941 || l_948;
if l_949 {
l_mut_246 = l_mut_620;
} else {
let l_950 = l_mut_178 - l_mut_724;
let l_951 = l_mut_124 - l_mut_200;
let l_952 = l_950 + l_951;
let l_953 = l_mut_117 - l_mut_193;
let l_954 = l_952 + l_953;
let l_955 = l_mut_23 - l_mut_724;
let l_956 = l_mut_24 - l_mut_200;
let l_957 = l_955 + l_956;
let l_958 = l_mut_25 - l_mut_193;
let l_959 = l_957 + l_958;
let l_960 = l_959 / l_954;
let l_961 = l_mut_620 - u32(1);
let l_962 = f32(l_961);
let l_963 = l_960 * l_962;
let l_964 = max(l_963, f32(0.0));
let l_965 = u32(l_964);
let l_966 = l_mut_620 - u32(2);
let l_967 = min(l_965, l_966);
let l_968 = l_786 + l_967;
let l_969 = u32(2) * l_968;
let l_970 = buffer_3_global[l_969];
let l_971 = u32(2) * l_968;
let l_972 = l_971 + u32(1);
let l_973 = buffer_3_global[l_972];
let l_974 = l_973 >> u32(20);
let l_975 = l_974 & u32(2047);
l_mut_724 = f32(0.0);
l_mut_200 = f32(0.0);
l_mut_193 = f32(0.0);
let l_976 = l_975 != u32(0);
if l_976 {
let l_977 = i32(l_975);
let l_978 = l_977 - i32(1023);
let l_979 = l_973 & u32(1048575);
let l_980 = l_979 | u32(1048576);
let l_981 = l_980 << u32(3);
let l_982 = l_970 >> u32(29);
let l_983 = l_981 | l_982;
let l_984 = l_970 >> u32(5);
let l_985 = l_984 & u32(16777215);
let l_986 = l_970 & u32(31);
let l_987 = f32(l_983);
let l_988 = l_978 - i32(23);
let l_989 = l_988 / i32(2);
l_mut_178 = f32(0.0);
let l_990 = l_989 >= i32(-126);
if l_990 {
let l_991 = l_989 + i32(127);
let l_992 = u32(l_991);
let l_993 = l_992 << u32(23);
let l_994 = bitcast<f32>(l_993);
l_mut_178 = l_994;
}
let l_995 = l_988 - l_989;
l_mut_124 = f32(0.0);
let l_996 = l_995 >= i32(-126);
if l_996 {
let l_997 = l_995 + i32(127);
let l_998 = u32(l_997);
let l_999 = l_998 << u32(23);
let l_1000 = bitcast<f32>(l_999);
l_mut_124 = l_1000;
}
let l_1001 = l_mut_178 * l_mut_124;
let l_1002 = l_987 * l_1001;
l_mut_724 = l_1002;
let l_1003 = f32(l_985);
let l_1004 = l_978 - i32(47);
let l_1005 = l_1004 / i32(2);
l_mut_178 = f32(0.0);
let l_1006 = l_1005 >= i32(-126);
if l_1006 {
let l_1007 = l_1005 + i32(127);
let l_1008 = u32(l_1007);
let l_1009 = l_1008 << u32(23);
let l_1010 = bitcast<f32>(l_1009);
l_mut_178 = l_1010;
}
let l_1011 = l_1004 - l_1005;
l_mut_124 = f32(0.0);
let l_1012 = l_1011 >= i32(-126);
if l_1012 {
let l_1013 = l_1011 + i32(127);
let l_1014 = u32(l_1013);
let l_1015 = l_1014 << u32(23);
let l_1016 = bitcast<f32>(l_1015);
l_mut_124 = l_1016;
}
let l_1017 = l_mut_178 * l_mut_124;
let l_1018 = l_1003 * l_1017;
l_mut_200 = l_1018;
let l_1019 = f32(l_986);
let l_1020 = l_978 - i32(52);
let l_1021 = l_1020 / i32(2);
l_mut_178 = f32(0.0);
let l_1022 = l_1021 >= i32(-126);
if l_1022 {
let l_1023 = l_1021 + i32(127);
let l_1024 = u32(l_1023);
let l_1025 = l_1024 << u32(23);
let l_1026 = bitcast<f32>(l_1025);
l_mut_178 = l_1026;
}
let l_1027 = l_1020 - l_1021;
l_mut_124 = f32(0.0);
let l_1028 = l_1027 >= i32(-126);
if l_1028 {
let l_1029 = l_1027 + i32(127);
let l_1030 = u32(l_1029);
let l_1031 = l_1030 << u32(23);
let l_1032 = bitcast<f32>(l_1031);
l_mut_124 = l_1032;
}
let l_1033 = l_mut_178 * l_mut_124;
let l_1034 = l_1019 * l_1033;
l_mut_193 = l_1034;
let l_1035 = l_973 >> u32(31);
let l_1036 = l_1035 == u32(1);
if l_1036 {
let l_1037 = -l_mut_724;
l_mut_724 = l_1037;
let l_1038 = -l_mut_200;
l_mut_200 = l_1038;
let l_1039 = -l_mut_193;
l_mut_193 = l_1039;
}
}
let l_1040 = l_mut_724 < l_mut_23;
let l_1041 = l_mut_724 == l_mut_23;
let l_1042 = l_mut_200 < l_mut_24;
let l_1043 = l_mut_200 == l_mut_24;
let l_1044 = l_mut_193 <= l_mut_25;
let l_1045 = l_1043 && l_1044;
let l_1046 = l_1042 || l_1045;
let l_1047 = l_1041 && l_1046;
let l_1048 = l_1040 || l_1047;
if l_1048 {
let l_1049 = l_967 + u32(1);
l_mut_246 = l_1049;
let l_1050 = l_967 + u32(1);
let l_1051 = l_786 + l_1050;
let l_1052 = u32(2) * l_1051;
let l_1053 = buffer_3_global[l_1052];
let l_1054 = u32(2) * l_1051;
let l_1055 = l_1054 + u32(1);
let l_1056 = buffer_3_global[l_1055];
let l_1057 = l_1056 >> u32(20);
let l_1058 = l_1057 & u32(2047);
l_mut_724 = f32(0.0);
l_mut_200 = f32(0.0);
l_mut_193 = f32(0.0);
let l_1059 = l_1058 != u32(0);
if l_1059 {
let l_1060 = i32(l_1058);
let l_1061 = l_1060 - i32(1023);
let l_1062 = l_1056 & u32(1048575);
let l_1063 = l_1062 | u32(1048576);
let l_1064 = l_1063 << u32(3);
let l_1065 = l_1053 >> u32(29);
let l_1066 = l_1064 | l_1065;
let l_1067 = l_1053 >> u32(5);
let l_1068 = l_1067 & u32(16777215);
let l_1069 = l_1053 & u32(31);
let l_1070 = f32(l_1066);
let l_1071 = l_1061 - i32(23);
let l_1072 = l_1071 / i32(2);
l_mut_178 = f32(0.0);
let l_1073 = l_1072 >= i32(-126);
if l_1073 {
let l_1074 = l_1072 + i32(127);
let l_1075 = u32(l_1074);
let l_1076 = l_1075 << u32(23);
let l_1077 = bitcast<f32>(l_1076);
l_mut_178 = l_1077;
}
let l_1078 = l_1071 - l_1072;
l_mut_124 = f32(0.0);
let l_1079 = l_1078 >= i32(-126);
if l_1079 {
let l_1080 = l_1078 + i32(127);
let l_1081 = u32(l_1080);
let l_1082 = l_1081 << u32(23);
let l_1083 = bitcast<f32>(l_1082);
l_mut_124 = l_1083;
}
let l_1084 = l_mut_178 * l_mut_124;
let l_1085 = l_1070 * l_1084;
l_mut_724 = l_1085;
let l_1086 = f32(l_1068);
let l_1087 = l_1061 - i32(47);
let l_1088 = l_1087 / i32(2);
l_mut_178 = f32(0.0);
let l_1089 = l_1088 >= i32(-126);
if l_1089 {
let l_1090 = l_1088 + i32(127);
let l_1091 = u32(l_1090);
let l_1092 = l_1091 << u32(23);
let l_1093 = bitcast<f32>(l_1092);
l_mut_178 = l_1093;
}
let l_1094 = l_1087 - l_1088;
l_mut_124 = f32(0.0);
let l_1095 = l_1094 >= i32(-126);
if l_1095 {
let l_1096 = l_1094 + i32(127);
let l_1097 = u32(l_1096);
let l_1098 = l_1097 << u32(23);
let l_1099 = bitcast<f32>(l_1098);
l_mut_124 = l_1099;
}
let l_1100 = l_mut_178 * l_mut_124;
let l_1101 = l_1086 * l_1100;
l_mut_200 = l_1101;
let l_1102 = f32(l_1069);
let l_1103 = l_1061 - i32(52);
let l_1104 = l_1103 / i32(2);
l_mut_178 = f32(0.0);
let l_1105 = l_1104 >= i32(-126);
if l_1105 {
let l_1106 = l_1104 + i32(127);
let l_1107 = u32(l_1106);
let l_1108 = l_1107 << u32(23);
let l_1109 = bitcast<f32>(l_1108);
l_mut_178 = l_1109;
}
let l_1110 = l_1103 - l_1104;
l_mut_124 = f32(0.0);
let l_1111 = l_1110 >= i32(-126);
if l_1111 {
let l_1112 = l_1110 + i32(127);
let l_1113 = u32(l_1112);
let l_1114 = l_1113 << u32(23);
let l_1115 = bitcast<f32>(l_1114);
l_mut_124 = l_1115;
}
let l_1116 = l_mut_178 * l_mut_124;
let l_1117 = l_1102 * l_1116;
l_mut_193 = l_1117;
let l_1118 = l_1056 >> u32(31);
let l_1119 = l_1118 == u32(1);
if l_1119 {
let l_1120 = -l_mut_724;
l_mut_724 = l_1120;
let l_1121 = -l_mut_200;
l_mut_200 = l_1121;
let l_1122 = -l_mut_193;
l_mut_193 = l_1122;
}
}
let l_1123 = l_mut_724 < l_mut_23;
let l_1124 = l_mut_724 == l_mut_23;
let l_1125 = l_mut_200 < l_mut_24;
let l_1126 = l_mut_200 == l_mut_24;
let l_1127 = l_mut_193 <= l_mut_25;
let l_1128 = l_1126 && l_1127;
let l_1129 = l_1125 || l_1128;
let l_1130 = l_1124 && l_1129;
let l_1131 = l_1123 || l_1130;
let l_1132 = !l_1131;
if l_1132 {
let l_1133 = l_967 + u32(1);
l_mut_245 = l_1133;
}
} else {
l_mut_246 = u32(1);
l_mut_245 = l_967;
}
}
}
loop {
let l_1134 = l_mut_246 < l_mut_245;
let l_1135 = !l_1134;
if l_1135 {
break;
}
let l_1136 = l_mut_246 + l_mut_245;
let l_1137 = l_1136 / u32(2);
let l_1138 = l_786 + l_1137;
let l_1139 = u32(2) * l_1138;
let l_1140 = buffer_3_global[l_1139];
let l_1141 = u32(2) * l_1138;
let l_1142 = l_1141 + u32(1);
let l_1143 = buffer_3_global[l_1142];
let l_1144 = l_1143 >> u32(20);
let l_1145 = l_1144 & u32(2047);
l_mut_724 = f32(0.0);
l_mut_200 = f32(0.0);
l_mut_193 = f32(0.0);
let l_1146 = l_1145 != u32(0);
if l_1146 {
let l_1147 = i32(l_1145);
let l_1148 = l_1147 - i32(1023);
let l_1149 = l_1143 & u32(1048575);
let l_1150 = l_1149 | u32(1048576);
let l_1151 = l_1150 << u32(3);
let l_1152 = l_1140 >> u32(29);
let l_1153 = l_1151 | l_1152;
let l_1154 = l_1140 >> u32(5);
let l_1155 = l_1154 & u32(16777215);
let l_1156 = l_1140 & u32(31);
let l_1157 = f32(l_1153);
let l_1158 = l_1148 - i32(23);
let l_1159 = l_1158 / i32(2);
l_mut_178 = f32(0.0);
let l_1160 = l_1159 >= i32(-126);
if l_1160 {
let l_1161 = l_1159 + i32(127);
let l_1162 = u32(l_1161);
let l_1163 = l_1162 << u32(23);
let l_1164 = bitcast<f32>(l_1163);
l_mut_178 = l_1164;
}
let l_1165 = l_1158 - l_1159;
l_mut_124 = f32(0.0);
let l_1166 = l_1165 >= i32(-126);
if l_1166 {
let l_1167 = l_1165 + i32(127);
let l_1168 = u32(l_1167);
let l_1169 = l_1168 << u32(23);
let l_1170 = bitcast<f32>(l_1169);
l_mut_124 = l_1170;
}
let l_1171 = l_mut_178 * l_mut_124;
let l_1172 = l_1157 * l_1171;
l_mut_724 = l_1172;
let l_1173 = f32(l_1155);
let l_1174 = l_1148 - i32(47);
let l_1175 = l_1174 / i32(2);
l_mut_178 = f32(0.0);
let l_1176 = l_1175 >= i32(-126);
if l_1176 {
let l_1177 = l_1175 + i32(127);
let l_1178 = u32(l_1177);
let l_1179 = l_1178 << u32(23);
let l_1180 = bitcast<f32>(l_1179);
l_mut_178 = l_1180;
}
let l_1181 = l_1174 - l_1175;
l_mut_124 = f32(0.0);
let l_1182 = l_1181 >= i32(-126);
if l_1182 {
let l_1183 = l_1181 + i32(127);
let l_1184 = u32(l_1183);
let l_1185 = l_1184 << u32(23);
let l_1186 = bitcast<f32>(l_1185);
l_mut_124 = l_1186;
}
let l_1187 = l_mut_178 * l_mut_124;
let l_1188 = l_1173 * l_1187;
l_mut_200 = l_1188;
let l_1189 = f32(l_1156);
let l_1190 = l_1148 - i32(52);
let l_1191 = l_1190 / i32(2);
l_mut_178 = f32(0.0);
let l_1192 = l_1191 >= i32(-126);
if l_1192 {
let l_1193 = l_1191 + i32(127);
let l_1194 = u32(l_1193);
let l_1195 = l_1194 << u32(23);
let l_1196 = bitcast<f32>(l_1195);
l_mut_178 = l_1196;
}
let l_1197 = l_1190 - l_1191;
l_mut_124 = f32(0.0);
let l_1198 = l_1197 >= i32(-126);
if l_1198 {
let l_1199 = l_1197 + i32(127);
let l_1200 = u32(l_1199);
let l_1201 = l_1200 << u32(23);
let l_1202 = bitcast<f32>(l_1201);
l_mut_124 = l_1202;
}
let l_1203 = l_mut_178 * l_mut_124;
let l_1204 = l_1189 * l_1203;
l_mut_193 = l_1204;
let l_1205 = l_1143 >> u32(31);
let l_1206 = l_1205 == u32(1);
if l_1206 {
let l_1207 = -l_mut_724;
l_mut_724 = l_1207;
let l_1208 = -l_mut_200;
l_mut_200 = l_1208;
let l_1209 = -l_mut_193;
l_mut_193 = l_1209;
}
}
let l_1210 = l_mut_724 < l_mut_23;
let l_1211 = l_mut_724 == l_mut_23;
let l_1212 = l_mut_200 < l_mut_24;
let l_1213 = l_mut_200 == l_mut_24;
let l_1214 = l_mut_193 <= l_mut_25;
let l_1215 = l_1213 && l_1214;
let l_1216 = l_1212 || l_1215;
let l_1217 = l_1211 && l_1216;
let l_1218 = l_1210 || l_1217;
if l_1218 {
let l_1219 = l_1137 + u32(1);
l_mut_246 = l_1219;
} else {
l_mut_245 = l_1137;
}
}
let l_1220 = l_mut_620 - u32(1);
l_mut_245 = u32(0);
let l_1221 = l_mut_246 > u32(0);
let l_1222 = l_786 + l_1220;
let l_1223 = u32(2) * l_1222;
let l_1224 = buffer_3_global[l_1223];
let l_1225 = u32(2) * l_1222;
let l_1226 = l_1225 + u32(1);
let l_1227 = buffer_3_global[l_1226];
let l_1228 = l_1227 >> u32(20);
let l_1229 = l_1228 & u32(2047);
l_mut_724 = f32(0.0);
l_mut_200 = f32(0.0);
l_mut_193 = f32(0.0);
let l_1230 = l_1229 != u32(0);
if l_1230 {
let l_1231 = i32(l_1229);
let l_1232 = l_1231 - i32(1023);
let l_1233 = l_1227 & u32(1048575);
let l_1234 = l_1233 | u32(1048576);
let l_1235 = l_1234 << u32(3);
let l_1236 = l_1224 >> u32(29);
let l_1237 = l_1235 | l_1236;
let l_1238 = l_1224 >> u32(5);
let l_1239 = l_1238 & u32(16777215);
let l_1240 = l_1224 & u32(31);
let l_1241 = f32(l_1237);
let l_1242 = l_1232 - i32(23);
let l_1243 = l_1242 / i32(2);
l_mut_178 = f32(0.0);
let l_1244 = l_1243 >= i32(-126);
if l_1244 {
let l_1245 = l_1243 + i32(127);
let l_1246 = u32(l_1245);
let l_1247 = l_1246 << u32(23);
let l_1248 = bitcast<f32>(l_1247);
l_mut_178 = l_1248;
}
let l_1249 = l_1242 - l_1243;
l_mut_124 = f32(0.0);
let l_1250 = l_1249 >= i32(-126);
if l_1250 {
let l_1251 = l_1249 + i32(127);
let l_1252 = u32(l_1251);
let l_1253 = l_1252 << u32(23);
let l_1254 = bitcast<f32>(l_1253);
l_mut_124 = l_1254;
}
let l_1255 = l_mut_178 * l_mut_124;
let l_1256 = l_1241 * l_1255;
l_mut_724 = l_1256;
let l_1257 = f32(l_1239);
let l_1258 = l_1232 - i32(47);
let l_1259 = l_1258 / i32(2);
l_mut_178 = f32(0.0);
let l_1260 = l_1259 >= i32(-126);
if l_1260 {
let l_1261 = l_1259 + i32(127);
let l_1262 = u32(l_1261);
let l_1263 = l_1262 << u32(23);
let l_1264 = bitcast<f32>(l_1263);
l_mut_178 = l_1264;
}
let l_1265 = l_1258 - l_1259;
l_mut_124 = f32(0.0);
let l_1266 = l_1265 >= i32(-126);
if l_1266 {
let l_1267 = l_1265 + i32(127);
let l_1268 = u32(l_1267);
let l_1269 = l_1268 << u32(23);
let l_1270 = bitcast<f32>(l_1269);
l_mut_124 = l_1270;
}
let l_1271 = l_mut_178 * l_mut_124;
let l_1272 = l_1257 * l_1271;
l_mut_200 = l_1272;
let l_1273 = f32(l_1240);
let l_1274 = l_1232 - i32(52);
let l_1275 = l_1274 / i32(2);
l_mut_178 = f32(0.0);
let l_1276 = l_1275 >= i32(-126);
if l_1276 {
let l_1277 = l_1275 + i32(127);
let l_1278 = u32(l_1277);
let l_1279 = l_1278 << u32(23);
let l_1280 = bitcast<f32>(l_1279);
l_mut_178 = l_1280;
}
let l_1281 = l_1274 - l_1275;
l_mut_124 = f32(0.0);
let l_1282 = l_1281 >= i32(-126);
if l_1282 {
let l_1283 = l_1281 + i32(127);
let l_1284 = u32(l_1283);
let l_1285 = l_1284 << u32(23);
let l_1286 = bitcast<f32>(l_1285);
l_mut_124 = l_1286;
}
let l_1287 = l_mut_178 * l_mut_124;
let l_1288 = l_1273 * l_1287;
l_mut_193 = l_1288;
let l_1289 = l_1227 >> u32(31);
let l_1290 = l_1289 == u32(1);
if l_1290 {
let l_1291 = -l_mut_724;
l_mut_724 = l_1291;
let l_1292 = -l_mut_200;
l_mut_200 = l_1292;
let l_1293 = -l_mut_193;
l_mut_193 = l_1293;
}
}
let l_1294 = l_mut_23 < l_mut_724;
let l_1295 = l_mut_23 == l_mut_724;
let l_1296 = l_mut_24 < l_mut_200;
let l_1297 = l_mut_24 == l_mut_200;
let l_1298 = l_mut_25 <= l_mut_193;
let l_1299 = l_1297 && l_1298;
let l_1300 = l_1296 || l_1299;
let l_1301 = l_1295 && l_1300;
let l_1302 = l_1294 || l_1301;
let l_1303 = l_1221 && l_1302;
if l_1303 {
l_mut_245 = u32(1);
}
l_mut_620 = u32(0);
l_mut_93 = u32(0);
l_mut_724 = f32(0.0);
let l_1304 = l_mut_246 > u32(0);
if l_1304 {
let l_1305 = l_mut_246 - u32(1);
l_mut_620 = l_1305;
l_mut_93 = l_1305;
let l_1306 = l_mut_246 > l_1220;
if l_1306 {
l_mut_620 = l_1220;
l_mut_93 = l_mut_620;
} else {
let l_1307 = l_786 + l_1305;
let l_1308 = u32(2) * l_1307;
let l_1309 = buffer_3_global[l_1308];
let l_1310 = u32(2) * l_1307;
let l_1311 = l_1310 + u32(1);
let l_1312 = buffer_3_global[l_1311];
let l_1313 = l_1312 >> u32(20);
let l_1314 = l_1313 & u32(2047);
l_mut_200 = f32(0.0);
l_mut_193 = f32(0.0);
l_mut_178 = f32(0.0);
let l_1315 = l_1314 != u32(0);
if l_1315 {
let l_1316 = i32(l_1314);
let l_1317 = l_1316 - i32(1023);
let l_1318 = l_1312 & u32(1048575);
let l_1319 = l_1318 | u32(1048576);
let l_1320 = l_1319 << u32(3);
let l_1321 = l_1309 >> u32(29);
let l_1322 = l_1320 | l_1321;
let l_1323 = l_1309 >> u32(5);
let l_1324 = l_1323 & u32(16777215);
let l_1325 = l_1309 & u32(31);
let l_1326 = f32(l_1322);
let l_1327 = l_1317 - i32(23);
let l_1328 = l_1327 / i32(2);
l_mut_124 = f32(0.0);
let l_1329 = l_1328 >= i32(-126);
if l_1329 {
let l_1330 = l_1328 + i32(127);
let l_1331 = u32(l_1330);
let l_1332 = l_1331 << u32(23);
let l_1333 = bitcast<f32>(l_1332);
l_mut_124 = l_1333;
}
let l_1334 = l_1327 - l_1328;
l_mut_117 = f32(0.0);
let l_1335 = l_1334 >= i32(-126);
if l_1335 {
let l_1336 = l_1334 + i32(127);
let l_1337 = u32(l_1336);
let l_1338 = l_1337 << u32(23);
let l_1339 = bitcast<f32>(l_1338);
l_mut_117 = l_1339;
}
let l_1340 = l_mut_124 * l_mut_117;
let l_1341 = l_1326 * l_1340;
l_mut_200 = l_1341;
let l_1342 = f32(l_1324);
let l_1343 = l_1317 - i32(47);
let l_1344 = l_1343 / i32(2);
l_mut_124 = f32(0.0);
let l_1345 = l_1344 >= i32(-126);
if l_1345 {
let l_1346 = l_1344 + i32(127);
let l_1347 = u32(l_1346);
let l_1348 = l_1347 << u32(23);
let l_1349 = bitcast<f32>(l_1348);
l_mut_124 = l_1349;
}
let l_1350 = l_1343 - l_1344;
l_mut_117 = f32(0.0);
let l_1351 = l_1350 >= i32(-126);
if l_1351 {
let l_1352 = l_1350 + i32(127);
let l_1353 = u32(l_1352);
let l_1354 = l_1353 << u32(23);
let l_1355 = bitcast<f32>(l_1354);
l_mut_117 = l_1355;
}
let l_1356 = l_mut_124 * l_mut_117;
let l_1357 = l_1342 * l_1356;
l_mut_193 = l_1357;
let l_1358 = f32(l_1325);
let l_1359 = l_1317 - i32(52);
let l_1360 = l_1359 / i32(2);
l_mut_124 = f32(0.0);
let l_1361 = l_1360 >= i32(-126);
if l_1361 {
let l_1362 = l_1360 + i32(127);
let l_1363 = u32(l_1362);
let l_1364 = l_1363 << u32(23);
let l_1365 = bitcast<f32>(l_1364);
l_mut_124 = l_1365;
}
let l_1366 = l_1359 - l_1360;
l_mut_117 = f32(0.0);
let l_1367 = l_1366 >= i32(-126);
if l_1367 {
let l_1368 = l_1366 + i32(127);
let l_1369 = u32(l_1368);
let l_1370 = l_1369 << u32(23);
let l_1371 = bitcast<f32>(l_1370);
l_mut_117 = l_1371;
}
let l_1372 = l_mut_124 * l_mut_117;
let l_1373 = l_1358 * l_1372;
l_mut_178 = l_1373;
let l_1374 = l_1312 >> u32(31);
let l_1375 = l_1374 == u32(1);
if l_1375 {
let l_1376 = -l_mut_200;
l_mut_200 = l_1376;
let l_1377 = -l_mut_193;
l_mut_193 = l_1377;
let l_1378 = -l_mut_178;
l_mut_178 = l_1378;
}
}
let l_1379 = l_786 + l_mut_246;
let l_1380 = u32(2) * l_1379;
let l_1381 = buffer_3_global[l_1380];
let l_1382 = u32(2) * l_1379;
let l_1383 = l_1382 + u32(1);
let l_1384 = buffer_3_global[l_1383];
let l_1385 = l_1384 >> u32(20);
let l_1386 = l_1385 & u32(2047);
l_mut_124 = f32(0.0);
l_mut_117 = f32(0.0);
l_mut_102 = f32(0.0);
let l_1387 = l_1386 != u32(0);
if l_1387 {
let l_1388 = i32(l_1386);
let l_1389 = l_1388 - i32(1023);
let l_1390 = l_1384 & u32(1048575);
let l_1391 = l_1390 | u32(1048576);
let l_1392 = l_1391 << u32(3);
let l_1393 = l_1381 >> u32(29);
let l_1394 = l_1392 | l_1393;
let l_1395 = l_1381 >> u32(5);
let l_1396 = l_1395 & u32(16777215);
let l_1397 = l_1381 & u32(31);
let l_1398 = f32(l_1394);
let l_1399 = l_1389 - i32(23);
let l_1400 = l_1399 / i32(2);
l_mut_47 = f32(0.0);
let l_1401 = l_1400 >= i32(-126);
if l_1401 {
let l_1402 = l_1400 + i32(127);
let l_1403 = u32(l_1402);
let l_1404 = l_1403 << u32(23);
let l_1405 = bitcast<f32>(l_1404);
l_mut_47 = l_1405;
}
let l_1406 = l_1399 - l_1400;
l_mut_40 = f32(0.0);
let l_1407 = l_1406 >= i32(-126);
if l_1407 {
let l_1408 = l_1406 + i32(127);
let l_1409 = u32(l_1408);
let l_1410 = l_1409 << u32(23);
let l_1411 = bitcast<f32>(l_1410);
l_mut_40 = l_1411;
}
let l_1412 = l_mut_47 * l_mut_40;
let l_1413 = l_1398 * l_1412;
l_mut_124 = l_1413;
let l_1414 = f32(l_1396);
let l_1415 = l_1389 - i32(47);
let l_1416 = l_1415 / i32(2);
l_mut_47 = f32(0.0);
let l_1417 = l_1416 >= i32(-126);
if l_1417 {
let l_1418 = l_1416 + i32(127);
let l_1419 = u32(l_1418);
let l_1420 = l_1419 << u32(23);
let l_1421 = bitcast<f32>(l_1420);
l_mut_47 = l_1421;
}
let l_1422 = l_1415 - l_1416;
l_mut_40 = f32(0.0);
let l_1423 = l_1422 >= i32(-126);
if l_1423 {
let l_1424 = l_1422 + i32(127);
let l_1425 = u32(l_1424);
let l_1426 = l_1425 << u32(23);
let l_1427 = bitcast<f32>(l_1426);
l_mut_40 = l_1427;
}
let l_1428 = l_mut_47 * l_mut_40;
let l_1429 = l_1414 * l_1428;
l_mut_117 = l_1429;
let l_1430 = f32(l_1397);
let l_1431 = l_1389 - i32(52);
let l_1432 = l_1431 / i32(2);
l_mut_47 = f32(0.0);
let l_1433 = l_1432 >= i32(-126);
if l_1433 {
let l_1434 = l_1432 + i32(127);
let l_1435 = u32(l_1434);
let l_1436 = l_1435 << u32(23);
let l_1437 = bitcast<f32>(l_1436);
l_mut_47 = l_1437;
}
let l_1438 = l_1431 - l_1432;
l_mut_40 = f32(0.0);
let l_1439 = l_1438 >= i32(-126);
if l_1439 {
let l_1440 = l_1438 + i32(127);
let l_1441 = u32(l_1440);
let l_1442 = l_1441 << u32(23);
let l_1443 = bitcast<f32>(l_1442);
l_mut_40 = l_1443;
}
let l_1444 = l_mut_47 * l_mut_40;
let l_1445 = l_1430 * l_1444;
l_mut_102 = l_1445;
let l_1446 = l_1384 >> u32(31);
let l_1447 = l_1446 == u32(1);
if l_1447 {
let l_1448 = -l_mut_124;
l_mut_124 = l_1448;
let l_1449 = -l_mut_117;
l_mut_117 = l_1449;
let l_1450 = -l_mut_102;
l_mut_102 = l_1450;
}
}
let l_1451 = l_mut_23 - l_mut_200;
let l_1452 = l_mut_24 - l_mut_193;
let l_1453 = l_1451 + l_1452;
let l_1454 = l_mut_25 - l_mut_178;
let l_1455 = l_1453 + l_1454;
let l_1456 = l_mut_124 - l_mut_200;
let l_1457 = l_mut_117 - l_mut_193;
let l_1458 = l_1456 + l_1457;
let l_1459 = l_mut_102 - l_mut_178;
let l_1460 = l_1458 + l_1459;
let l_1461 = l_1455 / l_1460;
let l_1462 = l_1461 != f32(0.0);
if l_1462 {
l_mut_93 = l_mut_246;
l_mut_724 = l_1461;
}
}
}
let l_1463 = l_786 + l_mut_620;
let l_1464 = l_1463 * info.scalars_u32[3];
shared_memory_3[l_mut_8] = l_1464;
let l_1465 = l_786 + l_mut_93;
let l_1466 = l_1465 * info.scalars_u32[3];
shared_memory_4[l_mut_8] = l_1466;
shared_memory_5[l_mut_8] = l_mut_724;
shared_memory_6[l_mut_8] = l_mut_245;
}
}
l_mut_8 = l_mut_8 + workgroup_size_no_axis;
}
workgroupBarrier();
let l_1467 = u32(64) * info.scalars_u32[8];
let l_1468 = l_1467 / u32(2);
let l_1469 = info.scalars_u32[6] * info.scalars_u32[8];
let l_1470 = l_1469 + u32(2);
let l_1471 = l_1470 - u32(1);
let l_1472 = l_1471 / u32(2);
let l_1473 = l_1 * l_1468;
l_mut_620 = local_idx;
loop {
let l_1474 = l_mut_620 < l_1468;
let l_1475 = !l_1474;
if l_1475 {
break;
}
let l_1476 = l_mut_620 + workgroup_size_no_axis;
let l_1477 = l_mut_620 * u32(2);
let l_1478 = l_1477 / info.scalars_u32[8];
l_mut_246 = l_1478;
let l_1479 = l_1477 % info.scalars_u32[8];
l_mut_245 = l_1479;
l_mut_93 = u32(0);
let l_1480 = l_7 + l_mut_246;
let l_1481 = l_1480 < info.scalars_u32[6];
if l_1481 {
l_mut_724 = f32(0.0);
let l_1482 = l_mut_245 >= info.scalars_u32[4];
let l_1483 = info.scalars_u32[4] + info.scalars_u32[2];
let l_1484 = l_mut_245 < l_1483;
let l_1485 = l_1482 && l_1484;
if l_1485 {
let l_1486 = l_mut_246 * u32(2);
let l_1487 = l_1486 + u32(0);
let l_1488 = shared_memory_3[l_1487];
let l_1489 = shared_memory_4[l_1487];
let l_1490 = l_mut_245 - info.scalars_u32[4];
let l_1491 = shared_memory_5[l_1487];
let l_1492 = l_1488 + l_1490;
let l_1493 = l_1492 / u32(2);
let l_1494 = buffer_0_global[l_1493];
let l_1495 = l_1492 % u32(2);
let l_1496 = l_1495 * u32(16);
let l_1497 = l_1494 >> l_1496;
let l_1498 = l_1497 & u32(65535);
let l_1499 = l_1498 << u32(16);
let l_1500 = bitcast<f32>(l_1499);
l_mut_200 = l_1500;
let l_1501 = l_1488 != l_1489;
if l_1501 {
let l_1502 = l_1489 + l_1490;
let l_1503 = l_1502 / u32(2);
let l_1504 = buffer_0_global[l_1503];
let l_1505 = l_1502 % u32(2);
let l_1506 = l_1505 * u32(16);
let l_1507 = l_1504 >> l_1506;
let l_1508 = l_1507 & u32(65535);
let l_1509 = l_1508 << u32(16);
let l_1510 = bitcast<f32>(l_1509);
let l_1511 = l_1510 - l_1500;
let l_1512 = l_1491 * l_1511;
let l_1513 = l_1500 + l_1512;
l_mut_200 = l_1513;
}
l_mut_724 = l_mut_200;
}
let l_1514 = l_mut_245 >= info.scalars_u32[5];
let l_1515 = info.scalars_u32[5] + info.scalars_u32[3];
let l_1516 = l_mut_245 < l_1515;
let l_1517 = l_1514 && l_1516;
if l_1517 {
let l_1518 = l_mut_246 * u32(2);
let l_1519 = l_1518 + u32(1);
let l_1520 = shared_memory_3[l_1519];
let l_1521 = shared_memory_4[l_1519];
let l_1522 = l_mut_245 - info.scalars_u32[5];
let l_1523 = shared_memory_5[l_1519];
let l_1524 = l_1520 + l_1522;
let l_1525 = l_1524 / u32(2);
let l_1526 = buffer_1_global[l_1525];
let l_1527 = l_1524 % u32(2);
let l_1528 = l_1527 * u32(16);
let l_1529 = l_1526 >> l_1528;
let l_1530 = l_1529 & u32(65535);
let l_1531 = l_1530 & u32(32768);
let l_1532 = l_1531 << u32(16);
let l_1533 = l_1530 >> u32(10);
let l_1534 = l_1533 & u32(31);
let l_1535 = l_1530 & u32(1023);
let l_1536 = l_1534 + u32(112);
let l_1537 = l_1536 << u32(23);
let l_1538 = l_1532 | l_1537;
let l_1539 = l_1535 << u32(13);
let l_1540 = l_1538 | l_1539;
l_mut_1541 = l_1540;
let l_1542 = l_1534 == u32(0);
if l_1542 {
let l_1543 = f32(l_1535);
let l_1544 = l_1543 * f32(5.960464477539063e-8);
let l_1545 = bitcast<u32>(l_1544);
let l_1546 = l_1545 | l_1532;
l_mut_1541 = l_1546;
} else {
let l_1547 = l_1534 == u32(31);
if l_1547 {
let l_1548 = l_1532 | u32(2139095040);
let l_1549 = l_1535 << u32(13);
let l_1550 = l_1548 | l_1549;
l_mut_1541 = l_1550;
}
}
let l_1551 = bitcast<f32>(l_mut_1541);
l_mut_200 = l_1551;
let l_1552 = l_1520 != l_1521;
if l_1552 {
let l_1553 = l_1521 + l_1522;
let l_1554 = l_1553 / u32(2);
let l_1555 = buffer_1_global[l_1554];
let l_1556 = l_1553 % u32(2);
let l_1557 = l_1556 * u32(16);
let l_1558 = l_1555 >> l_1557;
let l_1559 = l_1558 & u32(65535);
let l_1560 = l_1559 & u32(32768);
let l_1561 = l_1560 << u32(16);
let l_1562 = l_1559 >> u32(10);
let l_1563 = l_1562 & u32(31);
let l_1564 = l_1559 & u32(1023);
let l_1565 = l_1563 + u32(112);
let l_1566 = l_1565 << u32(23);
let l_1567 = l_1561 | l_1566;
let l_1568 = l_1564 << u32(13);
let l_1569 = l_1567 | l_1568;
l_mut_1541 = l_1569;
let l_1570 = l_1563 == u32(0);
if l_1570 {
let l_1571 = f32(l_1564);
let l_1572 = l_1571 * f32(5.960464477539063e-8);
let l_1573 = bitcast<u32>(l_1572);
let l_1574 = l_1573 | l_1561;
l_mut_1541 = l_1574;
} else {
let l_1575 = l_1563 == u32(31);
if l_1575 {
let l_1576 = l_1561 | u32(2139095040);
let l_1577 = l_1564 << u32(13);
let l_1578 = l_1576 | l_1577;
l_mut_1541 = l_1578;
}
}
let l_1579 = bitcast<f32>(l_mut_1541);
let l_1580 = l_1579 - l_1551;
let l_1581 = l_1523 * l_1580;
let l_1582 = l_1551 + l_1581;
l_mut_200 = l_1582;
}
l_mut_724 = l_mut_200;
}
let l_1583 = bitcast<u32>(l_mut_724);
let l_1584 = l_1583 >> u32(16);
let l_1585 = l_1584 & u32(32768);
let l_1586 = l_1583 >> u32(23);
let l_1587 = l_1586 & u32(255);
let l_1588 = l_1583 & u32(8388607);
l_mut_1541 = l_1585;
let l_1589 = l_1587 == u32(255);
if l_1589 {
l_mut_1590 = u32(0);
let l_1591 = l_1588 != u32(0);
if l_1591 {
let l_1592 = l_1588 >> u32(13);
let l_1593 = u32(512) | l_1592;
l_mut_1590 = l_1593;
}
let l_1594 = l_1585 | u32(31744);
let l_1595 = l_1594 | l_mut_1590;
l_mut_1541 = l_1595;
} else {
let l_1596 = i32(l_1587);
let l_1597 = l_1596 - i32(112);
let l_1598 = l_1597 >= i32(31);
if l_1598 {
let l_1599 = l_1585 | u32(31744);
l_mut_1541 = l_1599;
} else {
let l_1600 = l_1597 <= i32(0);
if l_1600 {
let l_1601 = l_1597 >= i32(-10);
if l_1601 {
let l_1602 = l_1588 | u32(8388608);
let l_1603 = i32(14) - l_1597;
let l_1604 = u32(l_1603);
let l_1605 = l_1602 >> l_1604;
l_mut_1590 = l_1605;
let l_1606 = u32(1) << l_1604;
let l_1607 = l_1606 - u32(1);
let l_1608 = l_1602 & l_1607;
let l_1609 = l_1604 - u32(1);
let l_1610 = u32(1) << l_1609;
let l_1611 = l_1608 > l_1610;
let l_1612 = l_1608 == l_1610;
let l_1613 = l_mut_1590 & u32(1);
let l_1614 = l_1613 == u32(1);
let l_1615 = l_1612 && l_1614;
let l_1616 = l_1611 || l_1615;
if l_1616 {
l_mut_1590 = l_mut_1590 + u32(1);
}
let l_1617 = l_1585 | l_mut_1590;
l_mut_1541 = l_1617;
}
} else {
let l_1618 = u32(l_1597);
let l_1619 = l_1618 << u32(10);
let l_1620 = l_1588 >> u32(13);
let l_1621 = l_1619 | l_1620;
l_mut_1590 = l_1621;
let l_1622 = l_1588 & u32(8191);
let l_1623 = l_1622 > u32(4096);
let l_1624 = l_1622 == u32(4096);
let l_1625 = l_mut_1590 & u32(1);
let l_1626 = l_1625 == u32(1);
let l_1627 = l_1624 && l_1626;
let l_1628 = l_1623 || l_1627;
if l_1628 {
l_mut_1590 = l_mut_1590 + u32(1);
}
let l_1629 = l_1585 | l_mut_1590;
l_mut_1541 = l_1629;
}
}
}
let l_1630 = l_mut_1541 << u32(0);
l_mut_93 = l_mut_93 | l_1630;
}
l_mut_245 = l_mut_245 + u32(1);
let l_1631 = l_mut_245 == info.scalars_u32[8];
if l_1631 {
l_mut_245 = u32(0);
l_mut_246 = l_mut_246 + u32(1);
}
let l_1632 = l_7 + l_mut_246;
let l_1633 = l_1632 < info.scalars_u32[6];
if l_1633 {
l_mut_724 = f32(0.0);
let l_1634 = l_mut_245 >= info.scalars_u32[4];
let l_1635 = info.scalars_u32[4] + info.scalars_u32[2];
let l_1636 = l_mut_245 < l_1635;
let l_1637 = l_1634 && l_1636;
if l_1637 {
let l_1638 = l_mut_246 * u32(2);
let l_1639 = l_1638 + u32(0);
let l_1640 = shared_memory_3[l_1639];
let l_1641 = shared_memory_4[l_1639];
let l_1642 = l_mut_245 - info.scalars_u32[4];
let l_1643 = shared_memory_5[l_1639];
let l_1644 = l_1640 + l_1642;
let l_1645 = l_1644 / u32(2);
let l_1646 = buffer_0_global[l_1645];
let l_1647 = l_1644 % u32(2);
let l_1648 = l_1647 * u32(16);
let l_1649 = l_1646 >> l_1648;
let l_1650 = l_1649 & u32(65535);
let l_1651 = l_1650 << u32(16);
let l_1652 = bitcast<f32>(l_1651);
l_mut_200 = l_1652;
let l_1653 = l_1640 != l_1641;
if l_1653 {
let l_1654 = l_1641 + l_1642;
let l_1655 = l_1654 / u32(2);
let l_1656 = buffer_0_global[l_1655];
let l_1657 = l_1654 % u32(2);
let l_1658 = l_1657 * u32(16);
let l_1659 = l_1656 >> l_1658;
let l_1660 = l_1659 & u32(65535);
let l_1661 = l_1660 << u32(16);
let l_1662 = bitcast<f32>(l_1661);
let l_1663 = l_1662 - l_1652;
let l_1664 = l_1643 * l_1663;
let l_1665 = l_1652 + l_1664;
l_mut_200 = l_1665;
}
l_mut_724 = l_mut_200;
}
let l_1666 = l_mut_245 >= info.scalars_u32[5];
let l_1667 = info.scalars_u32[5] + info.scalars_u32[3];
let l_1668 = l_mut_245 < l_1667;
let l_1669 = l_1666 && l_1668;
if l_1669 {
let l_1670 = l_mut_246 * u32(2);
let l_1671 = l_1670 + u32(1);
let l_1672 = shared_memory_3[l_1671];
let l_1673 = shared_memory_4[l_1671];
let l_1674 = l_mut_245 - info.scalars_u32[5];
let l_1675 = shared_memory_5[l_1671];
let l_1676 = l_1672 + l_1674;
let l_1677 = l_1676 / u32(2);
let l_1678 = buffer_1_global[l_1677];
let l_1679 = l_1676 % u32(2);
let l_1680 = l_1679 * u32(16);
let l_1681 = l_1678 >> l_1680;
let l_1682 = l_1681 & u32(65535);
let l_1683 = l_1682 & u32(32768);
let l_1684 = l_1683 << u32(16);
let l_1685 = l_1682 >> u32(10);
let l_1686 = l_1685 & u32(31);
let l_1687 = l_1682 & u32(1023);
let l_1688 = l_1686 + u32(112);
let l_1689 = l_1688 << u32(23);
let l_1690 = l_1684 | l_1689;
let l_1691 = l_1687 << u32(13);
let l_1692 = l_1690 | l_1691;
l_mut_1590 = l_1692;
let l_1693 = l_1686 == u32(0);
if l_1693 {
let l_1694 = f32(l_1687);
let l_1695 = l_1694 * f32(5.960464477539063e-8);
let l_1696 = bitcast<u32>(l_1695);
let l_1697 = l_1696 | l_1684;
l_mut_1590 = l_1697;
} else {
let l_1698 = l_1686 == u32(31);
if l_1698 {
let l_1699 = l_1684 | u32(2139095040);
let l_1700 = l_1687 << u32(13);
let l_1701 = l_1699 | l_1700;
l_mut_1590 = l_1701;
}
}
let l_1702 = bitcast<f32>(l_mut_1590);
l_mut_200 = l_1702;
let l_1703 = l_1672 != l_1673;
if l_1703 {
let l_1704 = l_1673 + l_1674;
let l_1705 = l_1704 / u32(2);
let l_1706 = buffer_1_global[l_1705];
let l_1707 = l_1704 % u32(2);
let l_1708 = l_1707 * u32(16);
let l_1709 = l_1706 >> l_1708;
let l_1710 = l_1709 & u32(65535);
let l_1711 = l_1710 & u32(32768);
let l_1712 = l_1711 << u32(16);
let l_1713 = l_1710 >> u32(10);
let l_1714 = l_1713 & u32(31);
let l_1715 = l_1710 & u32(1023);
let l_1716 = l_1714 + u32(112);
let l_1717 = l_1716 << u32(23);
let l_1718 = l_1712 | l_1717;
let l_1719 = l_1715 << u32(13);
let l_1720 = l_1718 | l_1719;
l_mut_1590 = l_1720;
let l_1721 = l_1714 == u32(0);
if l_1721 {
let l_1722 = f32(l_1715);
let l_1723 = l_1722 * f32(5.960464477539063e-8);
let l_1724 = bitcast<u32>(l_1723);
let l_1725 = l_1724 | l_1712;
l_mut_1590 = l_1725;
} else {
let l_1726 = l_1714 == u32(31);
if l_1726 {
let l_1727 = l_1712 | u32(2139095040);
let l_1728 = l_1715 << u32(13);
let l_1729 = l_1727 | l_1728;
l_mut_1590 = l_1729;
}
}
let l_1730 = bitcast<f32>(l_mut_1590);
let l_1731 = l_1730 - l_1702;
let l_1732 = l_1675 * l_1731;
let l_1733 = l_1702 + l_1732;
l_mut_200 = l_1733;
}
l_mut_724 = l_mut_200;
}
let l_1734 = bitcast<u32>(l_mut_724);
let l_1735 = l_1734 >> u32(16);
let l_1736 = l_1735 & u32(32768);
let l_1737 = l_1734 >> u32(23);
let l_1738 = l_1737 & u32(255);
let l_1739 = l_1734 & u32(8388607);
l_mut_1590 = l_1736;
let l_1740 = l_1738 == u32(255);
if l_1740 {
l_mut_1541 = u32(0);
let l_1741 = l_1739 != u32(0);
if l_1741 {
let l_1742 = l_1739 >> u32(13);
let l_1743 = u32(512) | l_1742;
l_mut_1541 = l_1743;
}
let l_1744 = l_1736 | u32(31744);
let l_1745 = l_1744 | l_mut_1541;
l_mut_1590 = l_1745;
} else {
let l_1746 = i32(l_1738);
let l_1747 = l_1746 - i32(112);
let l_1748 = l_1747 >= i32(31);
if l_1748 {
let l_1749 = l_1736 | u32(31744);
l_mut_1590 = l_1749;
} else {
let l_1750 = l_1747 <= i32(0);
if l_1750 {
let l_1751 = l_1747 >= i32(-10);
if l_1751 {
let l_1752 = l_1739 | u32(8388608);
let l_1753 = i32(14) - l_1747;
let l_1754 = u32(l_1753);
let l_1755 = l_1752 >> l_1754;
l_mut_1541 = l_1755;
let l_1756 = u32(1) << l_1754;
let l_1757 = l_1756 - u32(1);
let l_1758 = l_1752 & l_1757;
let l_1759 = l_1754 - u32(1);
let l_1760 = u32(1) << l_1759;
let l_1761 = l_1758 > l_1760;
let l_1762 = l_1758 == l_1760;
let l_1763 = l_mut_1541 & u32(1);
let l_1764 = l_1763 == u32(1);
let l_1765 = l_1762 && l_1764;
let l_1766 = l_1761 || l_1765;
if l_1766 {
l_mut_1541 = l_mut_1541 + u32(1);
}
let l_1767 = l_1736 | l_mut_1541;
l_mut_1590 = l_1767;
}
} else {
let l_1768 = u32(l_1747);
let l_1769 = l_1768 << u32(10);
let l_1770 = l_1739 >> u32(13);
let l_1771 = l_1769 | l_1770;
l_mut_1541 = l_1771;
let l_1772 = l_1739 & u32(8191);
let l_1773 = l_1772 > u32(4096);
let l_1774 = l_1772 == u32(4096);
let l_1775 = l_mut_1541 & u32(1);
let l_1776 = l_1775 == u32(1);
let l_1777 = l_1774 && l_1776;
let l_1778 = l_1773 || l_1777;
if l_1778 {
l_mut_1541 = l_mut_1541 + u32(1);
}
let l_1779 = l_1736 | l_mut_1541;
l_mut_1590 = l_1779;
}
}
}
let l_1780 = l_mut_1590 << u32(16);
l_mut_93 = l_mut_93 | l_1780;
}
l_mut_1590 = u32(0);
let l_1781 = l_1476 < l_1468;
if l_1781 {
let l_1782 = l_1476 * u32(2);
let l_1783 = l_1782 / info.scalars_u32[8];
l_mut_1541 = l_1783;
let l_1784 = l_1782 % info.scalars_u32[8];
l_mut_246 = l_1784;
l_mut_245 = u32(0);
let l_1785 = l_7 + l_mut_1541;
let l_1786 = l_1785 < info.scalars_u32[6];
if l_1786 {
l_mut_724 = f32(0.0);
let l_1787 = l_mut_246 >= info.scalars_u32[4];
let l_1788 = info.scalars_u32[4] + info.scalars_u32[2];
let l_1789 = l_mut_246 < l_1788;
let l_1790 = l_1787 && l_1789;
if l_1790 {
let l_1791 = l_mut_1541 * u32(2);
let l_1792 = l_1791 + u32(0);
let l_1793 = shared_memory_3[l_1792];
let l_1794 = shared_memory_4[l_1792];
let l_1795 = l_mut_246 - info.scalars_u32[4];
let l_1796 = shared_memory_5[l_1792];
let l_1797 = l_1793 + l_1795;
let l_1798 = l_1797 / u32(2);
let l_1799 = buffer_0_global[l_1798];
let l_1800 = l_1797 % u32(2);
let l_1801 = l_1800 * u32(16);
let l_1802 = l_1799 >> l_1801;
let l_1803 = l_1802 & u32(65535);
let l_1804 = l_1803 << u32(16);
let l_1805 = bitcast<f32>(l_1804);
l_mut_200 = l_1805;
let l_1806 = l_1793 != l_1794;
if l_1806 {
let l_1807 = l_1794 + l_1795;
let l_1808 = l_1807 / u32(2);
let l_1809 = buffer_0_global[l_1808];
let l_1810 = l_1807 % u32(2);
let l_1811 = l_1810 * u32(16);
let l_1812 = l_1809 >> l_1811;
let l_1813 = l_1812 & u32(65535);
let l_1814 = l_1813 << u32(16);
let l_1815 = bitcast<f32>(l_1814);
let l_1816 = l_1815 - l_1805;
let l_1817 = l_1796 * l_1816;
let l_1818 = l_1805 + l_1817;
l_mut_200 = l_1818;
}
l_mut_724 = l_mut_200;
}
let l_1819 = l_mut_246 >= info.scalars_u32[5];
let l_1820 = info.scalars_u32[5] + info.scalars_u32[3];
let l_1821 = l_mut_246 < l_1820;
let l_1822 = l_1819 && l_1821;
if l_1822 {
let l_1823 = l_mut_1541 * u32(2);
let l_1824 = l_1823 + u32(1);
let l_1825 = shared_memory_3[l_1824];
let l_1826 = shared_memory_4[l_1824];
let l_1827 = l_mut_246 - info.scalars_u32[5];
let l_1828 = shared_memory_5[l_1824];
let l_1829 = l_1825 + l_1827;
let l_1830 = l_1829 / u32(2);
let l_1831 = buffer_1_global[l_1830];
let l_1832 = l_1829 % u32(2);
let l_1833 = l_1832 * u32(16);
let l_1834 = l_1831 >> l_1833;
let l_1835 = l_1834 & u32(65535);
let l_1836 = l_1835 & u32(32768);
let l_1837 = l_1836 << u32(16);
let l_1838 = l_1835 >> u32(10);
let l_1839 = l_1838 & u32(31);
let l_1840 = l_1835 & u32(1023);
let l_1841 = l_1839 + u32(112);
let l_1842 = l_1841 << u32(23);
let l_1843 = l_1837 | l_1842;
let l_1844 = l_1840 << u32(13);
let l_1845 = l_1843 | l_1844;
l_mut_1846 = l_1845;
let l_1847 = l_1839 == u32(0);
if l_1847 {
let l_1848 = f32(l_1840);
let l_1849 = l_1848 * f32(5.960464477539063e-8);
let l_1850 = bitcast<u32>(l_1849);
let l_1851 = l_1850 | l_1837;
l_mut_1846 = l_1851;
} else {
let l_1852 = l_1839 == u32(31);
if l_1852 {
let l_1853 = l_1837 | u32(2139095040);
let l_1854 = l_1840 << u32(13);
let l_1855 = l_1853 | l_1854;
l_mut_1846 = l_1855;
}
}
let l_1856 = bitcast<f32>(l_mut_1846);
l_mut_200 = l_1856;
let l_1857 = l_1825 != l_1826;
if l_1857 {
let l_1858 = l_1826 + l_1827;
let l_1859 = l_1858 / u32(2);
let l_1860 = buffer_1_global[l_1859];
let l_1861 = l_1858 % u32(2);
let l_1862 = l_1861 * u32(16);
let l_1863 = l_1860 >> l_1862;
let l_1864 = l_1863 & u32(65535);
let l_1865 = l_1864 & u32(32768);
let l_1866 = l_1865 << u32(16);
let l_1867 = l_1864 >> u32(10);
let l_1868 = l_1867 & u32(31);
let l_1869 = l_1864 & u32(1023);
let l_1870 = l_1868 + u32(112);
let l_1871 = l_1870 << u32(23);
let l_1872 = l_1866 | l_1871;
let l_1873 = l_1869 << u32(13);
let l_1874 = l_1872 | l_1873;
l_mut_1846 = l_1874;
let l_1875 = l_1868 == u32(0);
if l_1875 {
let l_1876 = f32(l_1869);
let l_1877 = l_1876 * f32(5.960464477539063e-8);
let l_1878 = bitcast<u32>(l_1877);
let l_1879 = l_1878 | l_1866;
l_mut_1846 = l_1879;
} else {
let l_1880 = l_1868 == u32(31);
if l_1880 {
let l_1881 = l_1866 | u32(2139095040);
let l_1882 = l_1869 << u32(13);
let l_1883 = l_1881 | l_1882;
l_mut_1846 = l_1883;
}
}
let l_1884 = bitcast<f32>(l_mut_1846);
let l_1885 = l_1884 - l_1856;
let l_1886 = l_1828 * l_1885;
let l_1887 = l_1856 + l_1886;
l_mut_200 = l_1887;
}
l_mut_724 = l_mut_200;
}
let l_1888 = bitcast<u32>(l_mut_724);
let l_1889 = l_1888 >> u32(16);
let l_1890 = l_1889 & u32(32768);
let l_1891 = l_1888 >> u32(23);
let l_1892 = l_1891 & u32(255);
let l_1893 = l_1888 & u32(8388607);
l_mut_1846 = l_1890;
let l_1894 = l_1892 == u32(255);
if l_1894 {
l_mut_1895 = u32(0);
let l_1896 = l_1893 != u32(0);
if l_1896 {
let l_1897 = l_1893 >> u32(13);
let l_1898 = u32(512) | l_1897;
l_mut_1895 = l_1898;
}
let l_1899 = l_1890 | u32(31744);
let l_1900 = l_1899 | l_mut_1895;
l_mut_1846 = l_1900;
} else {
let l_1901 = i32(l_1892);
let l_1902 = l_1901 - i32(112);
let l_1903 = l_1902 >= i32(31);
if l_1903 {
let l_1904 = l_1890 | u32(31744);
l_mut_1846 = l_1904;
} else {
let l_1905 = l_1902 <= i32(0);
if l_1905 {
let l_1906 = l_1902 >= i32(-10);
if l_1906 {
let l_1907 = l_1893 | u32(8388608);
let l_1908 = i32(14) - l_1902;
let l_1909 = u32(l_1908);
let l_1910 = l_1907 >> l_1909;
l_mut_1895 = l_1910;
let l_1911 = u32(1) << l_1909;
let l_1912 = l_1911 - u32(1);
let l_1913 = l_1907 & l_1912;
let l_1914 = l_1909 - u32(1);
let l_1915 = u32(1) << l_1914;
let l_1916 = l_1913 > l_1915;
let l_1917 = l_1913 == l_1915;
let l_1918 = l_mut_1895 & u32(1);
let l_1919 = l_1918 == u32(1);
let l_1920 = l_1917 && l_1919;
let l_1921 = l_1916 || l_1920;
if l_1921 {
l_mut_1895 = l_mut_1895 + u32(1);
}
let l_1922 = l_1890 | l_mut_1895;
l_mut_1846 = l_1922;
}
} else {
let l_1923 = u32(l_1902);
let l_1924 = l_1923 << u32(10);
let l_1925 = l_1893 >> u32(13);
let l_1926 = l_1924 | l_1925;
l_mut_1895 = l_1926;
let l_1927 = l_1893 & u32(8191);
let l_1928 = l_1927 > u32(4096);
let l_1929 = l_1927 == u32(4096);
let l_1930 = l_mut_1895 & u32(1);
let l_1931 = l_1930 == u32(1);
let l_1932 = l_1929 && l_1931;
let l_1933 = l_1928 || l_1932;
if l_1933 {
l_mut_1895 = l_mut_1895 + u32(1);
}
let l_1934 = l_1890 | l_mut_1895;
l_mut_1846 = l_1934;
}
}
}
let l_1935 = l_mut_1846 << u32(0);
l_mut_245 = l_mut_245 | l_1935;
}
l_mut_246 = l_mut_246 + u32(1);
let l_1936 = l_mut_246 == info.scalars_u32[8];
if l_1936 {
l_mut_246 = u32(0);
l_mut_1541 = l_mut_1541 + u32(1);
}
let l_1937 = l_7 + l_mut_1541;
let l_1938 = l_1937 < info.scalars_u32[6];
if l_1938 {
l_mut_724 = f32(0.0);
let l_1939 = l_mut_246 >= info.scalars_u32[4];
let l_1940 = info.scalars_u32[4] + info.scalars_u32[2];
let l_1941 = l_mut_246 < l_1940;
let l_1942 = l_1939 && l_1941;
if l_1942 {
let l_1943 = l_mut_1541 * u32(2);
let l_1944 = l_1943 + u32(0);
let l_1945 = shared_memory_3[l_1944];
let l_1946 = shared_memory_4[l_1944];
let l_1947 = l_mut_246 - info.scalars_u32[4];
let l_1948 = shared_memory_5[l_1944];
let l_1949 = l_1945 + l_1947;
let l_1950 = l_1949 / u32(2);
let l_1951 = buffer_0_global[l_1950];
let l_1952 = l_1949 % u32(2);
let l_1953 = l_1952 * u32(16);
let l_1954 = l_1951 >> l_1953;
let l_1955 = l_1954 & u32(65535);
let l_1956 = l_1955 << u32(16);
let l_1957 = bitcast<f32>(l_1956);
l_mut_200 = l_1957;
let l_1958 = l_1945 != l_1946;
if l_1958 {
let l_1959 = l_1946 + l_1947;
let l_1960 = l_1959 / u32(2);
let l_1961 = buffer_0_global[l_1960];
let l_1962 = l_1959 % u32(2);
let l_1963 = l_1962 * u32(16);
let l_1964 = l_1961 >> l_1963;
let l_1965 = l_1964 & u32(65535);
let l_1966 = l_1965 << u32(16);
let l_1967 = bitcast<f32>(l_1966);
let l_1968 = l_1967 - l_1957;
let l_1969 = l_1948 * l_1968;
let l_1970 = l_1957 + l_1969;
l_mut_200 = l_1970;
}
l_mut_724 = l_mut_200;
}
let l_1971 = l_mut_246 >= info.scalars_u32[5];
let l_1972 = info.scalars_u32[5] + info.scalars_u32[3];
let l_1973 = l_mut_246 < l_1972;
let l_1974 = l_1971 && l_1973;
if l_1974 {
let l_1975 = l_mut_1541 * u32(2);
let l_1976 = l_1975 + u32(1);
let l_1977 = shared_memory_3[l_1976];
let l_1978 = shared_memory_4[l_1976];
let l_1979 = l_mut_246 - info.scalars_u32[5];
let l_1980 = shared_memory_5[l_1976];
let l_1981 = l_1977 + l_1979;
let l_1982 = l_1981 / u32(2);
let l_1983 = buffer_1_global[l_1982];
let l_1984 = l_1981 % u32(2);
let l_1985 = l_1984 * u32(16);
let l_1986 = l_1983 >> l_1985;
let l_1987 = l_1986 & u32(65535);
let l_1988 = l_1987 & u32(32768);
let l_1989 = l_1988 << u32(16);
let l_1990 = l_1987 >> u32(10);
let l_1991 = l_1990 & u32(31);
let l_1992 = l_1987 & u32(1023);
let l_1993 = l_1991 + u32(112);
let l_1994 = l_1993 << u32(23);
let l_1995 = l_1989 | l_1994;
let l_1996 = l_1992 << u32(13);
let l_1997 = l_1995 | l_1996;
l_mut_1895 = l_1997;
let l_1998 = l_1991 == u32(0);
if l_1998 {
let l_1999 = f32(l_1992);
let l_2000 = l_1999 * f32(5.960464477539063e-8);
let l_2001 = bitcast<u32>(l_2000);
let l_2002 = l_2001 | l_1989;
l_mut_1895 = l_2002;
} else {
let l_2003 = l_1991 == u32(31);
if l_2003 {
let l_2004 = l_1989 | u32(2139095040);
let l_2005 = l_1992 << u32(13);
let l_2006 = l_2004 | l_2005;
l_mut_1895 = l_2006;
}
}
let l_2007 = bitcast<f32>(l_mut_1895);
l_mut_200 = l_2007;
let l_2008 = l_1977 != l_1978;
if l_2008 {
let l_2009 = l_1978 + l_1979;
let l_2010 = l_2009 / u32(2);
let l_2011 = buffer_1_global[l_2010];
let l_2012 = l_2009 % u32(2);
let l_2013 = l_2012 * u32(16);
let l_2014 = l_2011 >> l_2013;
let l_2015 = l_2014 & u32(65535);
let l_2016 = l_2015 & u32(32768);
let l_2017 = l_2016 << u32(16);
let l_2018 = l_2015 >> u32(10);
let l_2019 = l_2018 & u32(31);
let l_2020 = l_2015 & u32(1023);
let l_2021 = l_2019 + u32(112);
let l_2022 = l_2021 << u32(23);
let l_2023 = l_2017 | l_2022;
let l_2024 = l_2020 << u32(13);
let l_2025 = l_2023 | l_2024;
l_mut_1895 = l_2025;
let l_2026 = l_2019 == u32(0);
if l_2026 {
let l_2027 = f32(l_2020);
let l_2028 = l_2027 * f32(5.960464477539063e-8);
let l_2029 = bitcast<u32>(l_2028);
let l_2030 = l_2029 | l_2017;
l_mut_1895 = l_2030;
} else {
let l_2031 = l_2019 == u32(31);
if l_2031 {
let l_2032 = l_2017 | u32(2139095040);
let l_2033 = l_2020 << u32(13);
let l_2034 = l_2032 | l_2033;
l_mut_1895 = l_2034;
}
}
let l_2035 = bitcast<f32>(l_mut_1895);
let l_2036 = l_2035 - l_2007;
let l_2037 = l_1980 * l_2036;
let l_2038 = l_2007 + l_2037;
l_mut_200 = l_2038;
}
l_mut_724 = l_mut_200;
}
let l_2039 = bitcast<u32>(l_mut_724);
let l_2040 = l_2039 >> u32(16);
let l_2041 = l_2040 & u32(32768);
let l_2042 = l_2039 >> u32(23);
let l_2043 = l_2042 & u32(255);
let l_2044 = l_2039 & u32(8388607);
l_mut_1895 = l_2041;
let l_2045 = l_2043 == u32(255);
if l_2045 {
l_mut_1846 = u32(0);
let l_2046 = l_2044 != u32(0);
if l_2046 {
let l_2047 = l_2044 >> u32(13);
let l_2048 = u32(512) | l_2047;
l_mut_1846 = l_2048;
}
let l_2049 = l_2041 | u32(31744);
let l_2050 = l_2049 | l_mut_1846;
l_mut_1895 = l_2050;
} else {
let l_2051 = i32(l_2043);
let l_2052 = l_2051 - i32(112);
let l_2053 = l_2052 >= i32(31);
if l_2053 {
let l_2054 = l_2041 | u32(31744);
l_mut_1895 = l_2054;
} else {
let l_2055 = l_2052 <= i32(0);
if l_2055 {
let l_2056 = l_2052 >= i32(-10);
if l_2056 {
let l_2057 = l_2044 | u32(8388608);
let l_2058 = i32(14) - l_2052;
let l_2059 = u32(l_2058);
let l_2060 = l_2057 >> l_2059;
l_mut_1846 = l_2060;
let l_2061 = u32(1) << l_2059;
let l_2062 = l_2061 - u32(1);
let l_2063 = l_2057 & l_2062;
let l_2064 = l_2059 - u32(1);
let l_2065 = u32(1) << l_2064;
let l_2066 = l_2063 > l_2065;
let l_2067 = l_2063 == l_2065;
let l_2068 = l_mut_1846 & u32(1);
let l_2069 = l_2068 == u32(1);
let l_2070 = l_2067 && l_2069;
let l_2071 = l_2066 || l_2070;
if l_2071 {
l_mut_1846 = l_mut_1846 + u32(1);
}
let l_2072 = l_2041 | l_mut_1846;
l_mut_1895 = l_2072;
}
} else {
let l_2073 = u32(l_2052);
let l_2074 = l_2073 << u32(10);
let l_2075 = l_2044 >> u32(13);
let l_2076 = l_2074 | l_2075;
l_mut_1846 = l_2076;
let l_2077 = l_2044 & u32(8191);
let l_2078 = l_2077 > u32(4096);
let l_2079 = l_2077 == u32(4096);
let l_2080 = l_mut_1846 & u32(1);
let l_2081 = l_2080 == u32(1);
let l_2082 = l_2079 && l_2081;
let l_2083 = l_2078 || l_2082;
if l_2083 {
l_mut_1846 = l_mut_1846 + u32(1);
}
let l_2084 = l_2041 | l_mut_1846;
l_mut_1895 = l_2084;
}
}
}
let l_2085 = l_mut_1895 << u32(16);
l_mut_245 = l_mut_245 | l_2085;
}
l_mut_1590 = l_mut_245;
}
let l_2086 = l_1473 + l_mut_620;
let l_2087 = l_2086 < l_1472;
if l_2087 {
let l_2088 = l_1473 + l_mut_620;
buffer_5_global[l_2088] = l_mut_93;
}
let l_2089 = l_1476 < l_1468;
let l_2090 = l_1473 + l_1476;
let l_2091 = l_2090 < l_1472;
let l_2092 = l_2089 && l_2091;
if l_2092 {
let l_2093 = l_1473 + l_1476;
buffer_5_global[l_2093] = l_mut_1590;
}
let l_2094 = u32(2) * workgroup_size_no_axis;
l_mut_620 = l_mut_620 + l_2094;
}
}
