// Khiếu nại and tố cáo are another legal channel (Law on Complaints, Law on Denunciations): say so
// kindly, say where they go, and still let the person send this as feedback.
export function LegalChannelNotice({ accepted, onAccept }: { accepted: boolean; onAccept: () => void }) {
  return (
    <section className="fb-notice fb-notice-legal" aria-labelledby="fb-legal-title" id="fb-legal">
      <h2 className="fb-notice-title" id="fb-legal-title">
        Nếu bạn muốn khiếu nại hoặc tố cáo
      </h2>
      <p>
        Khiếu nại, tố cáo được giải quyết theo Luật Khiếu nại và Luật Tố cáo, không theo kênh phản ánh, kiến nghị này. Bạn cần gửi đơn đến
        cơ quan có thẩm quyền giải quyết: nộp trực tiếp hoặc gửi qua bưu điện đến nơi tiếp công dân (Ban hoặc Bộ phận tiếp công dân) của cơ
        quan đó.
      </p>
      <p>Gửi ở đây, nội dung của bạn được xem là phản ánh, kiến nghị và không có giá trị như một đơn khiếu nại, tố cáo.</p>
      {accepted ? (
        <p className="fb-notice-ok">Bạn đã chọn vẫn gửi nội dung này dưới dạng phản ánh, kiến nghị.</p>
      ) : (
        <button type="button" className="btn btn-secondary btn-small" onClick={onAccept}>
          Tôi hiểu, vẫn gửi dưới dạng phản ánh
        </button>
      )}
    </section>
  );
}
