# Debian 12 packages only; scripts/install-deps.sh installs them.
find_package(Threads REQUIRED)

# Xapian's config file only sets variables: wrap them in a target.
find_package(xapian CONFIG REQUIRED)
add_library(jipp_xapian INTERFACE)
add_library(jipp::xapian ALIAS jipp_xapian)
target_include_directories(jipp_xapian SYSTEM INTERFACE ${XAPIAN_INCLUDE_DIR})
target_link_libraries(jipp_xapian INTERFACE ${XAPIAN_LIBRARIES})

find_package(ICU 72 REQUIRED COMPONENTS uc i18n)
find_package(nlohmann_json 3.11 REQUIRED)

# pkg-config gives the compile definitions Debian's prebuilt httplib was built with.
find_package(PkgConfig REQUIRED)
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
