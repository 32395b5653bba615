"""The lesson's loop written out in the tests, to compare the package with."""


def sgd_errors(net, x_input, y_target, learning_rate, steps):
    """``steps`` rounds of forward, backward, update on ``net`` (changed in
    place), with no checks of its own; the error E before each update."""
    errors = []
    for _ in range(steps):
        net.forward(x_input)
        errors.append(net.backward(y_target))
        net.update(learning_rate)
    return errors
