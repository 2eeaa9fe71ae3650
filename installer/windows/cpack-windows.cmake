# Windows installer (not built on this Debian machine). On Windows, after building with the
# Qt 6 MSVC kit: `windeployqt --release --no-translations <install>/bin/leadscout.exe`, then
# `cpack -G WIX` (WiX Toolset 3.x on PATH) or `cpack -G NSIS` (NSIS 3). See README, "Install".
if(WIN32)
    set(CPACK_GENERATOR WIX)
endif()
# WiX: a stable upgrade code so that a newer package replaces an older one in place.
set(CPACK_WIX_UPGRADE_GUID "6B7C3C84-1F2A-4C1E-9C0B-5D3E2A8F4B11")
set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/installer/windows/leadscout.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER LeadScout)
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "https://leadscout.invalid/")
# tel:/callto: links and CSV/XLSX files, as the Linux desktop entry registers them.
set(CPACK_WIX_PATCH_FILE "${PROJECT_SOURCE_DIR}/installer/windows/wix-associations.xml")
# NSIS: the same menu entry, uninstaller and file associations.
set(CPACK_NSIS_DISPLAY_NAME LeadScout)
set(CPACK_NSIS_PACKAGE_NAME LeadScout)
set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/installer/windows/leadscout.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME bin/leadscout.exe)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
  WriteRegStr HKCR 'tel' '' 'URL:Telephone link'
  WriteRegStr HKCR 'tel' 'URL Protocol' ''
  WriteRegStr HKCR 'tel\\\\shell\\\\open\\\\command' '' '\"$INSTDIR\\\\bin\\\\leadscout.exe\" \"%1\"'
  WriteRegStr HKCR 'callto' '' 'URL:Callto link'
  WriteRegStr HKCR 'callto' 'URL Protocol' ''
  WriteRegStr HKCR 'callto\\\\shell\\\\open\\\\command' '' '\"$INSTDIR\\\\bin\\\\leadscout.exe\" \"%1\"'")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
  DeleteRegKey HKCR 'tel\\\\shell\\\\open\\\\command'
  DeleteRegKey HKCR 'callto\\\\shell\\\\open\\\\command'")
