#pragma once

namespace debrief {

// How QtWebEngine draws, decided when the first web view is made instead of at start.
// QtWebEngine shares OpenGL contexts with the widgets through one global share context, which
// Qt (with Qt::AA_ShareOpenGLContexts) or else QtWebEngine itself creates with the application:
// under X11 that loads the GL driver (Mesa's llvmpipe: 110-190 ms and ~60 MiB) at every launch,
// though the deck list needs no GL and a card view may never be opened. reserve() sets the
// attribute and stands in an empty context, so neither creates one; prepare() creates it before
// the first web view (the first Study pays for it instead). Without
// a GPU (no /dev/dri or NVIDIA device, or LIBGL_ALWAYS_SOFTWARE) GL would only be emulated on the
// CPU, so Chromium and Qt Quick draw with their own software paths and GL is never loaded (under
// Xvfb: the reviewing app's process tree 247 MiB instead of 353-362).
// Every widget that draws through OpenGL (QOpenGLWidget, QQuickWidget, a web view) must be made
// after prepare(): CardView calls it first.
class WebEngineGraphics {
public:
    static void reserve();   // in main(), before QApplication exists
    static void prepare();   // before a web view is made; does its work once, and only after reserve()
    // Whether prepare() chose software drawing (a machine without a GPU).
    static bool software();
};

} // namespace debrief
