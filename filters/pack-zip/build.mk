# pack-zip: libarchive writes the tar, libzstd compresses it on every core;
# libdeflate deflates zip entries in worker threads, zlib streams the large.
pack-zip_PKGS := libarchive libzstd libdeflate zlib
pack-zip_LDLIBS := -pthread
