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

    # ---- notebooks 04-06 -----------------------------------------------------

    # ---- notebooks 07-08 -----------------------------------------------------

    # ---- notebook 09: the exercises and their solutions ----------------------

    # ---- the lecture's questions (Q1-Q9, Prediction widgets and worksheet) ----
    # Q1-Q9: bp_helpers/worksheet.py's LECTURE_QUESTIONS (stems and choices), as lecture_question
    # looks them up: LaTeX and <name> as in the English, filled in after the lookup.
    r"Step 3 of the forward pass computes the total input $x_2$ of node 2. Which values "
    r"does it read?":
        r"正向传播的第 3 步计算节点 2 的总输入 $x_2$。这一步要读取哪些值？",
    r"$w_{12}$ only": r"只有 $w_{12}$",
    r"$y_1$, $w_{12}$, $w_{13}$ and $b_2$": r"$y_1$、$w_{12}$、$w_{13}$ 和 $b_2$",
    r"$y_1$, $w_{12}$ and $b_2$": r"$y_1$、$w_{12}$ 和 $b_2$",
    "every weight and bias of the network": "网络中所有的权重和偏置",
    r"The update rule is $w_{ij} \leftarrow w_{ij} - \alpha\,\frac{dE}{dw_{ij}}$ with "
    r"$\alpha = 1$; $\frac{dE}{dw_{46}} = <dE/dw_46>$ and $\frac{dE}{dw_{25}} = +<dE/dw_25>$. "
    r"Which way does each weight move?":
        r"更新法则是 $w_{ij} \leftarrow w_{ij} - \alpha\,\frac{dE}{dw_{ij}}$，取 $\alpha = 1$；"
        r"$\frac{dE}{dw_{46}} = <dE/dw_46>$，$\frac{dE}{dw_{25}} = +<dE/dw_25>$。"
        r"两个权重各往哪个方向变？",
    r"$w_{46}$ up, $w_{25}$ down, $w_{46}$ about 8 times as far":
        r"$w_{46}$ 变大，$w_{25}$ 变小，$w_{46}$ 变化的幅度约是 $w_{25}$ 的 8 倍",
    r"$w_{46}$ down, $w_{25}$ up, $w_{25}$ about 8 times as far":
        r"$w_{46}$ 变小，$w_{25}$ 变大，$w_{25}$ 变化的幅度约是 $w_{46}$ 的 8 倍",
    "both up, by the same amount": "两个都变大，变化一样多",
    r"$w_{46}$ up, $w_{25}$ down, by the same amount": r"$w_{46}$ 变大，$w_{25}$ 变小，变化一样多",
    r"A change of $w_{46}$ reaches the error through $x_6$ and $y_6$ only. "
    r"$\frac{dE}{dw_{46}}$ is which product of local derivatives?":
        r"$w_{46}$ 的变化只经过 $x_6$ 和 $y_6$ 影响误差。"
        r"$\frac{dE}{dw_{46}}$ 是哪几个局部导数的乘积？",
    r"Node 2 feeds node 4 and node 5: a change of $y_2$ reaches the error along two paths. "
    r"How do the two paths make $\frac{dE}{dy_2}$?":
        r"节点 2 连到节点 4 和节点 5：$y_2$ 的变化沿两条路径影响误差。"
        r"这两条路径怎样合成 $\frac{dE}{dy_2}$？",
    r"add: $w_{24}\,\frac{dE}{dx_4} + w_{25}\,\frac{dE}{dx_5}$":
        r"相加：$w_{24}\,\frac{dE}{dx_4} + w_{25}\,\frac{dE}{dx_5}$",
    r"multiply: $w_{24}\,\frac{dE}{dx_4} \cdot w_{25}\,\frac{dE}{dx_5}$":
        r"相乘：$w_{24}\,\frac{dE}{dx_4} \cdot w_{25}\,\frac{dE}{dx_5}$",
    "take the larger of the two": "取两者中较大的一个",
    "only the path through node 4 counts": "只算经过节点 4 的那条路径",
    r"Step 24 of backpropagation: node 5 has one edge out, to node 6, with "
    r"$w_{56} = <w_56>$, and $\frac{dE}{dx_6} = <dE/dx_6>$ is known. What is $\frac{dE}{dy_5}$?":
        r"反向传播的第 24 步：节点 5 只有一条连出的边，连到节点 6，$w_{56} = <w_56>$，"
        r"并且已知 $\frac{dE}{dx_6} = <dE/dx_6>$。$\frac{dE}{dy_5}$ 是多少？",
    r"The player computes every derivative (steps 14 to 38) before it changes any weight "
    r"(steps 39 to 51). Why?":
        r"播放器先算出所有的导数（第 14 到 38 步），然后才改动权重（第 39 到 51 步）。为什么？",
    "it is faster": "这样更快",
    "the order does not matter, it is a convention": "顺序无所谓，只是一种习惯",
    r"the update needs the error $E$, which comes last": r"更新需要误差 $E$，而 $E$ 最后才算出来",
    r"formula 4 reads the weights: $\frac{dE}{dy_4} = w_{46}\,\frac{dE}{dx_6}$ needs the "
    r"$w_{46}$ of the forward pass":
        r"公式 4 要读取权重：$\frac{dE}{dy_4} = w_{46}\,\frac{dE}{dx_6}$ 需要的是正向传播时的 $w_{46}$",
    r"One update with $\alpha = 100$ lowers the demo's error from <E> to "
    r"<E after one update, alpha 100>; with $\alpha = 1$ only to <E after the update>. "
    r"After 100 updates, which learning rate has the lower error?":
        r"用 $\alpha = 100$ 做一次更新，示例网络的误差从 <E> 降到 "
        r"<E after one update, alpha 100>；用 $\alpha = 1$ 只降到 <E after the update>。"
        r"更新 100 次之后，哪个学习率的误差更低？",
    "both end at the same error": "两者最后的误差一样",
    "neither: both stay at their error after the first update": "都不是：两者在第一次更新后误差都不再变",
    r"Gradient descent on a long, narrow valley: 30 updates from the same start with "
    r"$\alpha$ = 0.03, 0.3, 1, 1.5 and 1.7. Which rate leaves the map, and which ends lowest?":
        r"在一条又长又窄的山谷上做梯度下降：从同一个起点出发，分别用 "
        r"$\alpha$ = 0.03、0.3、1、1.5 和 1.7 更新 30 次。哪个学习率跑出了图的范围，哪个最后最低？",
    "1.7 leaves, 1.5 ends lowest": "1.7 跑出范围，1.5 最后最低",
    "1.7 leaves, 1 ends lowest": "1.7 跑出范围，1 最后最低",
    "none leaves, 0.3 ends lowest": "没有一个跑出范围，0.3 最后最低",
    "0.03 leaves, 1.7 ends lowest": "0.03 跑出范围，1.7 最后最低",
    "<dE/dy_5, the sign flipped>": "<dE/dy_5, the sign flipped>",     # Q5's choice A: only a number
    r"The derivatives get smaller towards the input: $\frac{dE}{dx_6} = <dE/dx_6>$ but "
    r"$\frac{dE}{dx_2} = <dE/dx_2>$. In a network with many more sigmoid layers, with weights "
    r"of the usual size (like the demo's, $|w| \leq 1$), what happens near the input?":
        r"越靠近输入，导数越小：$\frac{dE}{dx_6} = <dE/dx_6>$，而 "
        r"$\frac{dE}{dx_2} = <dE/dx_2>$。如果网络有多得多的 sigmoid 层，权重是通常的大小"
        r"（和示例网络一样，$|w| \leq 1$），靠近输入的地方会怎样？",
    "the derivatives shrink further, so the first layers learn very slowly":
        "导数继续变小，所以前面几层学得非常慢",
    "nothing changes, every layer gets the same derivatives": "没有变化，每一层得到的导数都一样",
    "the derivatives grow, layer after layer": "导数一层比一层大",
    "the derivatives change sign at every layer": "导数每经过一层就变一次符号",

    # ---- the lecture -----------------------------------------------------------

}
