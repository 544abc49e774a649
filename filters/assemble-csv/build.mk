assemble-csv_LDLIBS := -lcrypto
