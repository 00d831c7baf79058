#pragma once

#include <QString>

class QLabel;

namespace hpg {

// Text for a label that changes often (a refresh time, a counter, a rate limit) without a new
// layout of the whole window each time. QLabel::setText() calls updateGeometry(), which
// invalidates every layout up to the window; a QTabWidget on the way answers that LayoutRequest by
// repainting all of itself (measured in BENCH uistall: the Sessions tab repainted its whole page,
// table and query text included, at every one-second refresh). A widget whose minimum and maximum
// sizes are equal does not pass updateGeometry() on, so the label is held at a fixed size that
// grows when a text needs more room and never shrinks; reset() frees it (e.g. on a language change
// or a style that changes the font).
namespace SteadyLabel {

// Sets the text (when it differs) and fits the held size to it.
void setText(QLabel *label, const QString &text);
void reset(QLabel *label);

} // namespace SteadyLabel

} // namespace hpg
