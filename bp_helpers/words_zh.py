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

    # ---- the lecture -----------------------------------------------------------
    # Question 6: the derivatives read the weights of the forward pass
    "right: dE/dy_4 = {w_46:.4f} * dE/dx_6 = {dE_dy_4:.4f}":
        "正确：dE/dy_4 = {w_46:.4f} * dE/dx_6 = {dE_dy_4:.4f}",
    "wrong: dE/dy_4 = {w_46:.4f} * dE/dx_6 = {dE_dy_4:.4f}":
        "错误：dE/dy_4 = {w_46:.4f} * dE/dx_6 = {dE_dy_4:.4f}",

}
