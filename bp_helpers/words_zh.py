"""The course's words in Simplified Chinese (简体中文): English text -> Chinese.

Keys are the English texts exactly as the code and the notebooks pass them
to ``tr`` (see ``language.py``); each translation keeps the key's ``{...}``
fields.  The terms follow the course's glossary (docs/glossary_zh.md).
Sections follow where the words are shown; within a section keep the keys
in the order the learner meets them.
"""

WORDS = {
    # ---- the package: widgets, players and explorers ------------------------

    # ---- the package: pictures (keys, axis labels, titles) ------------------

    # ---- the package: verdicts, diagnoses, step descriptions, errors ---------

    # ---- the package: exercises' checkers and hints -------------------------

    # ---- notebooks 01-03 -----------------------------------------------------
    # notebook 1
    "net.weights[1][0, 0] is {name}": "net.weights[1][0, 0] 是 {name}",
    "in a network of sizes [1, 12, 12, 1], weights[1][0, 0] is {name}":
        "在各层大小为 [1, 12, 12, 1] 的网络中，weights[1][0, 0] 是 {name}",
    "w by the four paths: {w:.4f}": "按四条路径求和的 w：{w:.4f}",
    "x_input = {x:4.1f}:   linear network y_6 = {y_6:7.4f},   w * x_input + b = {line:7.4f}":
        "x_input = {x:4.1f}：   线性网络 y_6 = {y_6:7.4f}，   w * x_input + b = {line:7.4f}",
    "{count} steps in all:": "共 {count} 步：",
    "{phase:>8}: {count:2} steps": "{phase:>8}: {count:2} 步",
    # the four phases of a step record (step.phase), as counted above
    "forward": "正向",
    "error": "误差",
    "backward": "反向",
    "update": "更新",
    "prediction y_6 = {y_6:.4f}": "预测输出 y_6 = {y_6:.4f}",
    "the same number as the record's last forward step: {same}":
        "与步骤记录中最后一个正向步骤的数相同：{same}",
    "layer {l}:  x = [{xs}]   y = [{ys}]": "第 {l} 层：  x = [{xs}]   y = [{ys}]",
    "node 4 is (layer, node in the layer) = {position}": "节点 4 的位置 (层, 层内第几个节点) = {position}",
    "by hand:     x_4 = {x_4:.4f}   y_4 = {y_4:.4f}": "手算：  x_4 = {x_4:.4f}   y_4 = {y_4:.4f}",
    "the engine:  x_4 = {x_4:.4f}   y_4 = {y_4:.4f}": "引擎：  x_4 = {x_4:.4f}   y_4 = {y_4:.4f}",
    # notebook 2
    "the engine's net.error: E = {E:.4f}": "引擎的 net.error：E = {E:.4f}",
    "E = {E_now:.6f} at w_46 = {w_46:.4f},   E = {E_nudged:.6f} at w_46 + h = {w_46_h:.4f}":
        "w_46 = {w_46:.4f} 时 E = {E_now:.6f}，   w_46 + h = {w_46_h:.4f} 时 E = {E_nudged:.6f}",
    "change of E / h = {slope:.4f}": "E 的变化 / h = {slope:.4f}",
    "dE/dw_46 = {dE_dw_46:.4f}   (backpropagation, exact)":
        "dE/dw_46 = {dE_dw_46:.4f}   （反向传播，精确值）",
    "dE/dw_46 ~ {slope:.4f}   (the nudge above, h = {h})":
        "dE/dw_46 ~ {slope:.4f}   （上面的小扰动，h = {h}）",
    "lowest E = {E:.6f} at w_46 = {w_46:.2f}": "w_46 = {w_46:.2f} 时 E 最低：{E:.6f}",
    "there the prediction is y_6 = {y_6:.4f} (target {target:.1f})":
        "此时预测输出 y_6 = {y_6:.4f}（目标 {target:.1f}）",
    "weight   before     dE/dw    after": "权重     更新前     dE/dw   更新后",
    "E before the update: {E:.4f}": "更新前的 E：{E:.4f}",
    "E after the update:  {E:.4f}": "更新后的 E：{E:.4f}",
    "new prediction y_6 = {y_6:.4f} (target {target:.1f})":
        "新的预测输出 y_6 = {y_6:.4f}（目标 {target:.1f}）",
    # notebook 3
    "path through node 4: w_24 * dE/dx_4 = {w_24:.1f} * ({dE_dx_4:.5f}) = {term:.5f}":
        "经过节点 4 的路径：w_24 * dE/dx_4 = {w_24:.1f} * ({dE_dx_4:.5f}) = {term:.5f}",
    "path through node 5: w_25 * dE/dx_5 = {w_25:.1f} * {dE_dx_5:.5f} = {term:.5f}":
        "经过节点 5 的路径：w_25 * dE/dx_5 = {w_25:.1f} * {dE_dx_5:.5f} = {term:.5f}",
    "the sum, dE/dy_2 = {dE_dy_2:.5f}   (step 29: {step_29:.5f})":
        "两项之和 dE/dy_2 = {dE_dy_2:.5f}   （第 29 步：{step_29:.5f}）",
    "parameter      backprop  finite diff.": "参数           反向传播      有限差分",
    "every derivative agrees: {passed}": "每个导数都一致：{passed}",
    "right: dE/dy_4 = w_46 * dE/dx_6 = {w_46:.4f} * ({dE_dx_6:.4f}) = {dE_dy_4:.4f}":
        "正确：dE/dy_4 = w_46 * dE/dx_6 = {w_46:.4f} * ({dE_dx_6:.4f}) = {dE_dy_4:.4f}",
    "wrong: with w_46 already updated  = {w_46:.4f} * ({dE_dx_6:.4f}) = {dE_dy_4:.4f}":
        "错误：用已更新的 w_46  = {w_46:.4f} * ({dE_dx_6:.4f}) = {dE_dy_4:.4f}",

    # ---- notebooks 04-06 -----------------------------------------------------

    # ---- notebooks 07-08 -----------------------------------------------------

    # ---- notebook 09: the exercises and their solutions ----------------------

    # ---- the lecture's questions (Q1-Q9, Prediction widgets and worksheet) ----

    # ---- the lecture -----------------------------------------------------------
    # Question 6: the derivatives read the weights of the forward pass
    "right: dE/dy_4 = {w_46:.4f} * dE/dx_6 = {dE_dy_4:.4f}":
        "正确：dE/dy_4 = {w_46:.4f} * dE/dx_6 = {dE_dy_4:.4f}",
    "wrong: dE/dy_4 = {w_46:.4f} * dE/dx_6 = {dE_dy_4:.4f}":
        "错误：dE/dy_4 = {w_46:.4f} * dE/dx_6 = {dE_dy_4:.4f}",

}
