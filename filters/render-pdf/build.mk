render-pdf_PKGS := md4c pangocairo cairo-pdf gdk-pixbuf-2.0 librsvg-2.0 poppler-glib
