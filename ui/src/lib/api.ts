// Every call from the UI to the Rust backend goes through this module, so tests can mock
// the backend in one place (see @tauri-apps/api/mocks).
import { invoke } from "@tauri-apps/api/core";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import type {
  AppInfo,
  Appearance,
  FirstRun,
  BatchSummary,
  Brand,
  Brief,
  BriefInput,
  BriefSummary,
  EmailHandoff,
  ExportedBrief,
  RecipientInput,
  Creator,
  CreatorInput,
  DuplicatePolicy,
  ErrorPayload,
  ExportResult,
  Facets,
  ImportField,
  ImportPreview,
  ImportReport,
  ImportSession,
  Progress,
  RosterPage,
  RosterQuery,
  BackupFile,
  Backups,
  BoardColumn,
  CreatorDeals,
  Dashboard,
  Deal,
  DealExport,
  DealInput,
  DealPage,
  DealQuery,
  DealStatus,
} from "./bindings";

/** An error from the backend, with its code and the fields at fault. */
export class ApiError extends Error {
  readonly code: string;
  readonly fields: ErrorPayload["fields"];
  constructor(payload: ErrorPayload) {
    super(payload.message);
    this.code = payload.code;
    this.fields = payload.fields;
  }
}

function isPayload(value: unknown): value is ErrorPayload {
  return typeof value === "object" && value !== null && "code" in value && "message" in value;
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    if (isPayload(e)) throw new ApiError({ ...e, fields: e.fields ?? [] });
    throw new ApiError({ code: "internal", message: String(e), fields: [] });
  }
}

export const api = {
  appInfo: () => call<AppInfo>("app_info"),
  completeFirstRun: (answers: FirstRun) => call<Brand>("complete_first_run", { answers }),
  getAppearance: () => call<Appearance>("get_appearance"),
  saveAppearance: (appearance: Appearance) => call<Appearance>("save_appearance", { appearance }),
  listCreators: (query: RosterQuery) => call<RosterPage>("list_creators", { query }),
  facets: () => call<Facets>("roster_facets"),
  getCreator: (id: number) => call<Creator>("get_creator", { id }),
  createCreator: (input: CreatorInput) => call<Creator>("create_creator", { input }),
  updateCreator: (id: number, input: CreatorInput) => call<Creator>("update_creator", { id, input }),
  deleteCreator: (id: number) => call<Creator>("delete_creator", { id }),
  restoreCreator: (id: number) => call<Creator>("restore_creator", { id }),
  loadSampleRoster: () => call<number>("load_sample_roster"),
  pickImportFile: () => call<ImportSession | null>("pick_import_file"),
  previewImport: (token: number, mapping: (ImportField | null)[]) =>
    call<ImportPreview>("preview_import", { token, mapping }),
  rereadImport: (token: number, sheet: string | null, headerLine: number | null) =>
    call<ImportPreview>("reread_import", { token, sheet, headerLine }),
  commitImport: (token: number, mapping: (ImportField | null)[], policy: DuplicatePolicy) =>
    call<ImportReport>("commit_import", { token, mapping, policy }),
  exportRoster: (query: RosterQuery) => call<ExportResult | null>("export_roster", { query }),
  onImportProgress: (handler: (p: Progress) => void): Promise<UnlistenFn> =>
    listen<Progress>("import-progress", (event) => handler(event.payload)),

  getBrand: () => call<Brand>("get_brand"),
  saveBrand: (brand: Brand) => call<Brand>("save_brand", { brand }),
  brandLogo: () => call<string | null>("brand_logo"),
  pickLogo: () => call<Brand | null>("pick_logo"),
  clearLogo: () => call<Brand>("clear_logo"),
  listBriefs: (search: string, archived: boolean) => call<BriefSummary[]>("list_briefs", { search, archived }),
  getBrief: (id: number) => call<Brief>("get_brief", { id }),
  createBrief: (input: BriefInput) => call<Brief>("create_brief", { input }),
  updateBrief: (id: number, input: BriefInput) => call<Brief>("update_brief", { id, input }),
  duplicateBrief: (id: number) => call<Brief>("duplicate_brief", { id }),
  archiveBrief: (id: number, archived: boolean) => call<Brief>("archive_brief", { id, archived }),
  setBriefRecipients: (id: number, recipients: RecipientInput[]) =>
    call<Brief>("set_brief_recipients", { id, recipients }),
  previewBrief: (input: BriefInput, briefId: number | null, creatorId: number | null) =>
    call<string>("preview_brief", { input, briefId, creatorId }),
  exportBrief: (briefId: number, creatorId: number) =>
    call<ExportedBrief | null>("export_brief", { briefId, creatorId }),
  exportBriefBatch: (briefId: number) => call<BatchSummary | null>("export_brief_batch", { briefId }),
  emailBrief: (briefId: number, creatorId: number, path: string) =>
    call<EmailHandoff>("email_brief", { briefId, creatorId, path }),
  revealBriefPdf: (path: string) => call<null>("reveal_brief_pdf", { path }),
  listBackups: () => call<Backups>("list_backups"),
  backupNow: () => call<BackupFile>("backup_now"),
  restoreBackup: (fileName: string, allowEmpty = false) => call<null>("restore_backup", { fileName, allowEmpty }),
  revealDataFolder: () => call<null>("reveal_data_folder"),
  archiveCreator: (id: number, archived: boolean) => call<Creator>("archive_creator", { id, archived }),
  openLink: (url: string) => call<null>("open_link", { url }),

  listDeals: (query: DealQuery) => call<DealPage>("list_deals", { query }),
  dealBoard: (query: DealQuery) => call<BoardColumn[]>("deal_board", { query }),
  dealCampaigns: () => call<string[]>("deal_campaigns"),
  getDeal: (id: number) => call<Deal>("get_deal", { id }),
  createDeal: (input: DealInput) => call<Deal>("create_deal", { input }),
  updateDeal: (id: number, input: DealInput) => call<Deal>("update_deal", { id, input }),
  setDealStatus: (id: number, status: DealStatus, note: string) => call<Deal>("set_deal_status", { id, status, note }),
  deleteDeal: (id: number) => call<Deal>("delete_deal", { id }),
  restoreDeal: (id: number) => call<Deal>("restore_deal", { id }),
  dealFromBrief: (briefId: number, creatorId: number) => call<DealInput>("deal_from_brief", { briefId, creatorId }),
  creatorDeals: (creatorId: number) => call<CreatorDeals>("creator_deals", { creatorId }),
  dashboard: () => call<Dashboard>("dashboard"),
  markNudged: (dealId: number, day: number) => call<null>("mark_nudged", { dealId, day }),
  exportDeals: (query: DealQuery, what: DealExport) => call<ExportResult | null>("export_deals", { query, what }),
  onExportProgress: (handler: (p: Progress) => void): Promise<UnlistenFn> =>
    listen<Progress>("export-progress", (event) => handler(event.payload)),
};

export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
