# macOS disk image (not built on this Debian machine). On macOS, build with
# -DCMAKE_MACOSX_BUNDLE=ON, run `macdeployqt LeadScout.app`, then `cpack -G DragNDrop`.
# Info.plist.in registers the tel:/callto: URL schemes and CSV/XLSX documents.
if(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set_target_properties(leadscout PROPERTIES
        MACOSX_BUNDLE ON
        OUTPUT_NAME LeadScout
        MACOSX_BUNDLE_INFO_PLIST "${PROJECT_SOURCE_DIR}/installer/macos/Info.plist.in"
        MACOSX_BUNDLE_GUI_IDENTIFIER app.leadscout.LeadScout
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION})
endif()
set(CPACK_DMG_VOLUME_NAME LeadScout)
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_BUNDLE_NAME LeadScout)
