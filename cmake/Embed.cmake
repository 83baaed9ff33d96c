# newsdesk_embed(TARGET NAME FILE) links the bytes of FILE into TARGET as the symbols
# newsdesk_blob_<NAME> / newsdesk_blob_<NAME>_end, so the binary carries its data
# (lexicons, models) and runs from anywhere.
function(newsdesk_embed target name file)
  set(asm "${CMAKE_CURRENT_BINARY_DIR}/embed_${name}.S")
  file(WRITE "${asm}.in"
    ".section .rodata\n"
    ".global newsdesk_blob_${name}\n"
    ".global newsdesk_blob_${name}_end\n"
    ".balign 16\n"
    "newsdesk_blob_${name}:\n"
    ".incbin \"${file}\"\n"
    "newsdesk_blob_${name}_end:\n"
    ".byte 0\n"
    ".section .note.GNU-stack,\"\",@progbits\n")
  configure_file("${asm}.in" "${asm}" COPYONLY)
  set_source_files_properties("${asm}" PROPERTIES OBJECT_DEPENDS "${file}")
  target_sources(${target} PRIVATE "${asm}")
endfunction()

# newsdesk_embed_dir(TARGET NAME DIR GLOB) concatenates the files of DIR matching GLOB into
# one archive ("@@ file <name>\n" before each) and embeds it as NAME.
function(newsdesk_embed_dir target name dir glob)
  file(GLOB files CONFIGURE_DEPENDS "${dir}/${glob}")
  list(SORT files)
  # The bundle is written at configure time: an edited lexicon must re-run it.
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${files})
  set(out "${CMAKE_CURRENT_BINARY_DIR}/${name}.bundle")
  set(content "")
  foreach(f ${files})
    get_filename_component(base "${f}" NAME)
    file(READ "${f}" body)
    string(APPEND content "@@ file ${base}\n${body}\n")
  endforeach()
  file(WRITE "${out}.tmp" "${content}")
  configure_file("${out}.tmp" "${out}" COPYONLY)
  newsdesk_embed(${target} ${name} "${out}")
endfunction()
