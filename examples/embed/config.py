# A configuration script for examples/embed/config_host.c: plain values the host reads, and
# functions it calls.
title = "Ember demo"
window = {"width": 1280, "height": 720}
levels = ["intro", "caves", "castle"]


def damage(level, base):
    """Damage of an attack of strength `base` on `level` (1-based)."""
    return base * (1.0 + 0.25 * (level - 1))


def greeting(name):
    return f"Welcome to {title}, {name}!"
