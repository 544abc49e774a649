hash-ids_LDLIBS := -lcrypto
